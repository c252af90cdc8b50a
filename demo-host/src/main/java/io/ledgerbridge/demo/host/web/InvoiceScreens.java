package io.ledgerbridge.demo.host.web;

import static io.ledgerbridge.demo.host.web.Html.esc;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.HostBooks;
import io.ledgerbridge.demo.host.books.InvalidFormException;
import io.ledgerbridge.demo.host.books.InvoiceAction;
import io.ledgerbridge.demo.host.books.PaymentInput;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import io.ledgerbridge.demo.host.ui.HttpProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invoices: list, view with lines, totals, payments and status actions, create and edit (with lines). */
final class InvoiceScreens extends RecordScreens {
    private static final int BLANK_LINES = 3;

    private final HostPages pages;

    InvoiceScreens(HostPages pages) {
        super("invoices", "invoice");
        this.pages = pages;
    }

    static String table(HostPages pages, Exchange ex, List<HostInvoice> invoices) {
        if (invoices.isEmpty()) {
            return "<p>No invoices.</p>";
        }
        Map<String, String> customers = CustomerScreens.names(pages, ex.tenant());
        StringBuilder out = new StringBuilder("<table><tr><th>Number</th><th>Customer</th><th>Status</th><th>Issued</th>"
                + "<th>Due</th><th class=\"num\">Total</th><th class=\"num\">Balance</th></tr>");
        for (HostInvoice i : invoices) {
            BigDecimal paid = HostBooks.paid(pages.host().store().payments(ex.tenant(), i.hostInvoiceId()), i.currency());
            out.append("<tr><td><a href=\"/invoices/").append(Html.url(i.hostInvoiceId())).append("\">")
                    .append(esc(i.invoiceNumber())).append("</a></td><td>")
                    .append(esc(customers.getOrDefault(i.hostCustomerId(), i.hostCustomerId()))).append("</td><td>")
                    .append(badge(i)).append("</td><td>").append(i.issueDate()).append("</td><td>")
                    .append(i.dueDate() == null ? "" : i.dueDate()).append("</td><td class=\"num\">")
                    .append(Html.money(i.total())).append("</td><td class=\"num\">")
                    .append(closed(i) ? "&mdash;" : Html.amount(i.total().amount().subtract(paid))).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    /** A voided or written-off invoice is owed no more, whatever its lines say. */
    private static boolean closed(HostInvoice i) {
        return i.status() == io.ledgerbridge.api.host.InvoiceStatus.VOIDED
                || i.status() == io.ledgerbridge.api.host.InvoiceStatus.WRITTEN_OFF;
    }

    private static String badge(HostInvoice i) {
        return "<span class=\"badge " + i.status() + "\">" + i.status().name().toLowerCase().replace('_', ' ') + "</span>";
    }

    @Override
    void list(Exchange ex) throws IOException {
        List<HostInvoice> invoices = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().invoices().list(c, ex.tenant(), null));
        ex.page(200, "Invoices", "<div class=\"actions\"><a class=\"button\" href=\"/invoices/new\">New invoice</a>"
                + "</div>" + table(pages, ex, invoices));
    }

    @Override
    void view(Exchange ex, String id) throws IOException {
        view(ex, id, null, List.of(), 200);
    }

    private void view(Exchange ex, String id, Map<String, String> payment, List<FieldError> errors, int status)
            throws IOException {
        HostInvoice i = pages.host().store().invoice(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Invoice", id));
        List<HostPayment> payments = pages.host().store().payments(ex.tenant(), id);
        BigDecimal paid = HostBooks.paid(payments, i.currency());
        if (payment == null) {
            payment = defaultsForPayment(i.total().amount().subtract(paid));
        }
        String customer = CustomerScreens.names(pages, ex.tenant()).getOrDefault(i.hostCustomerId(), i.hostCustomerId());
        String project = i.hostProjectId() == null ? "" : pages.host().store().project(ex.tenant(), i.hostProjectId())
                .map(HostProject::name).orElse(i.hostProjectId());
        StringBuilder out = new StringBuilder(Html.errorSummary(errors)).append("<div class=\"actions\">");
        if (HostBooks.editable(i.status())) {
            out.append("<a class=\"button\" href=\"/invoices/").append(Html.url(id)).append("/edit\">Edit</a>");
        }
        for (InvoiceAction action : InvoiceAction.values()) {
            if (action.allowedFrom(i.status())) {
                out.append("<form method=\"post\" action=\"/invoices/").append(Html.url(id)).append("/status\">")
                        .append(Html.csrf(ex.who().csrfToken())).append("<input type=\"hidden\" name=\"action\" value=\"")
                        .append(action.value()).append("\"><button class=\"secondary\" type=\"submit\">")
                        .append(action.label()).append("</button></form>");
            }
        }
        out.append("</div><dl><dt>Number</dt><dd>").append(esc(i.invoiceNumber())).append("</dd><dt>Status</dt><dd>")
                .append(badge(i)).append("</dd><dt>Customer</dt><dd><a href=\"/customers/")
                .append(Html.url(i.hostCustomerId())).append("\">").append(esc(customer)).append("</a></dd>")
                .append("<dt>Project</dt><dd>").append(esc(project)).append("</dd><dt>Issued / due</dt><dd>")
                .append(i.issueDate()).append(" / ").append(i.dueDate() == null ? "no due date" : i.dueDate())
                .append("</dd><dt>Notes</dt><dd>").append(esc(i.notes())).append("</dd><dt>Updated</dt><dd>")
                .append(Html.time(i.updatedAt())).append("</dd></dl><h2>Lines</h2><table><tr><th>Code</th><th>Item</th>"
                        + "<th>Description</th><th class=\"num\">Qty</th><th class=\"num\">Unit price</th><th>Tax code</th>"
                        + "<th>Department</th><th class=\"num\">Amount</th></tr>");
        for (HostInvoiceLine l : i.lines()) {
            out.append("<tr><td>").append(esc(l.serviceCode())).append("</td><td>").append(esc(l.name()))
                    .append("</td><td>").append(esc(l.description())).append("</td><td class=\"num\">")
                    .append(l.quantity().toPlainString()).append("</td><td class=\"num\">")
                    .append(Html.amount(l.unitPrice().amount())).append("</td><td>").append(esc(l.taxRateCode()))
                    .append("</td><td>").append(esc(l.department())).append("</td><td class=\"num\">")
                    .append(Html.amount(l.amount().amount())).append("</td></tr>");
        }
        String rate = i.taxRate() == null ? "" : " (" + i.taxRate().stripTrailingZeros().toPlainString() + "%)";
        out.append(totalRow("Subtotal", Html.amount(i.subtotal().amount())))
                .append(totalRow("Discount", (i.discount().isZero() ? "" : "-") + Html.amount(i.discount().amount())))
                .append(totalRow("Tax" + rate, Html.amount(i.taxAmount().amount())))
                .append(totalRow("Total", Html.money(i.total())))
                .append(totalRow("Paid", Html.amount(paid)))
                .append(totalRow("Balance", closed(i) ? "none (" + i.status().name().toLowerCase().replace('_', ' ') + ")"
                        : Html.money(i.total().minus(new io.ledgerbridge.api.host.Money(paid, i.currency())))))
                .append("</table><h2>Payments</h2>");
        if (payments.isEmpty()) {
            out.append("<p>No payments.</p>");
        } else {
            out.append("<table><tr><th>Id</th><th>Date</th><th>Method</th><th>Reference</th><th class=\"num\">Amount</th></tr>");
            for (HostPayment p : payments) {
                out.append("<tr><td>").append(esc(p.hostPaymentId())).append("</td><td>").append(p.paidOn())
                        .append("</td><td>").append(esc(p.method())).append("</td><td>").append(esc(p.reference()))
                        .append("</td><td class=\"num\">").append(Html.money(p.amount())).append("</td></tr>");
            }
            out.append("</table>");
        }
        if (HostBooks.payable(i.status())) {
            Map<String, String> methods = new LinkedHashMap<>();
            PaymentInput.METHODS.forEach(m -> methods.put(m, m));
            out.append("<form method=\"post\" action=\"/invoices/").append(Html.url(id)).append("/payments\" novalidate>")
                    .append(Html.csrf(ex.who().csrfToken())).append("<fieldset><legend>Record a payment</legend>")
                    .append("<div class=\"grid\">")
                    .append(Html.input(payment, errors, "amount", "Payment amount", "text",
                            "At most the balance; the whole balance marks the invoice paid"))
                    .append(Html.input(payment, errors, "paidOn", "Payment date", "date", null))
                    .append(Html.select(payment, errors, "method", "Payment method", methods))
                    .append(Html.input(payment, errors, "reference", "Reference", "text", "Cheque number or transaction id"))
                    .append("</div><button type=\"submit\">Record payment</button></fieldset></form>");
        }
        out.append(ex.panels(RecordType.INVOICE, id));
        ex.page(status, "Invoice " + i.invoiceNumber(), out.toString());
    }

    private static String totalRow(String label, String value) {
        return "<tr><td colspan=\"7\" class=\"num\"><strong>" + esc(label) + "</strong></td><td class=\"num\">"
                + esc(value) + "</td></tr>";
    }

    @Override
    void action(Exchange ex, String id, String action) throws IOException {
        try {
            switch (action) {
                case "status" -> {
                    InvoiceAction change = InvoiceAction.of(ex.parameter("action"));
                    pages.host().books().changeStatus(ex.tenant(), id, change);
                    ex.redirect("/invoices/" + Html.url(id), "Invoice " + change.target().name().toLowerCase()
                            .replace('_', ' ') + ".");
                }
                case "payments" -> {
                    HostPayment payment = pages.host().books().recordPayment(ex.tenant(), id, ex.form());
                    ex.redirect("/invoices/" + Html.url(id), "Payment " + payment.hostPaymentId() + " of "
                            + Html.money(payment.amount()) + " recorded.");
                }
                default -> throw new HttpProblem(404, "An invoice has no action '" + action + "'.");
            }
        } catch (InvalidFormException e) {
            view(ex, id, ex.form(), e.errors(), SC_UNPROCESSABLE);
        }
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        Map<String, String> customers = new LinkedHashMap<>();
        customers.put("", "Choose a customer");
        customers.putAll(CustomerScreens.names(pages, ex.tenant()));
        Map<String, String> projects = new LinkedHashMap<>();
        projects.put("", "No project");
        for (HostProject p : pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().projects().list(c, ex.tenant(), null))) {
            projects.put(p.hostProjectId(), p.name() + " (" + customers.getOrDefault(p.hostCustomerId(), "?") + ")");
        }
        StringBuilder out = new StringBuilder(Html.errorSummary(errors)).append(formStart(id, ex.who().csrfToken()))
                .append("<fieldset><legend>Invoice</legend><div class=\"grid\">")
                .append(Html.select(v, errors, "customerId", "Customer", customers))
                .append(Html.select(v, errors, "projectId", "Project", projects))
                .append(Html.input(v, errors, "invoiceNumber", "Invoice number", "text", "Empty takes the next number"))
                .append(Html.input(v, errors, "issueDate", "Issue date", "date", null))
                .append(Html.input(v, errors, "dueDate", "Due date", "date", null))
                .append(Html.input(v, errors, "currency", "Currency", "text", "Empty uses the customer's currency"))
                .append(Html.input(v, errors, "taxRate", "Tax rate (%)", "text", "Applied to subtotal minus discount"))
                .append(Html.input(v, errors, "discount", "Discount", "text", null))
                .append(Html.input(v, errors, "notes", "Notes", "text", "Shown to the customer"))
                .append("</div></fieldset><fieldset class=\"lines\"><legend>Lines</legend><table><tr><th>Code</th>"
                        + "<th>Item</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Tax code</th>"
                        + "<th>Department</th></tr>");
        int rows = lineRows(v) + (status == 200 ? BLANK_LINES : 0);
        for (int n = 0; n < rows && n < io.ledgerbridge.demo.host.books.InvoiceInput.MAX_LINES; n++) {
            String p = "line." + n + ".";
            out.append("<tr><input type=\"hidden\" name=\"").append(p).append("id\" value=\"").append(esc(v.get(p + "id")))
                    .append("\">");
            for (String f : List.of("serviceCode", "name", "description", "quantity", "unitPrice", "taxRateCode",
                    "department")) {
                String error = Html.errorOf(errors, p + f);
                out.append("<td").append(error == null ? "" : " class=\"field invalid\"").append("><input id=\"f-")
                        .append(p).append(f).append("\" name=\"").append(p).append(f).append("\" value=\"")
                        .append(esc(v.get(p + f))).append("\" aria-label=\"Line ").append(n + 1).append(' ').append(f)
                        .append("\">").append(error == null ? "" : "<span class=\"field-error\">" + esc(error) + "</span>")
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</table><small>Blank rows are ignored. Save to get more rows.</small></fieldset>").append(formEnd(id));
        ex.page(status, id == null ? "New invoice" : "Edit invoice " + id, out.toString());
    }

    private static int lineRows(Map<String, String> v) {
        int rows = 0;
        for (String key : v.keySet()) {
            if (key.startsWith("line.")) {
                int end = key.indexOf('.', 5);
                try {
                    rows = Math.max(rows, Integer.parseInt(key.substring(5, end)) + 1);
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    // a stray field name; not a line row
                }
            }
        }
        return rows;
    }

    @Override
    Map<String, String> defaults(Exchange ex) {
        Map<String, String> v = new HashMap<>();
        v.put("customerId", ex.parameter("customerId"));
        v.put("issueDate", LocalDate.now(ZoneOffset.UTC).toString());
        v.put("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        v.put("taxRate", "8.5");
        v.put("discount", "0");
        return v;
    }

    private static Map<String, String> defaultsForPayment(BigDecimal balance) {
        Map<String, String> v = new HashMap<>();
        v.put("amount", Html.amount(balance));
        v.put("paidOn", LocalDate.now(ZoneOffset.UTC).toString());
        v.put("method", "card");
        return v;
    }

    @Override
    Map<String, String> current(Exchange ex, String id) {
        HostInvoice i = pages.host().store().invoice(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Invoice", id));
        Map<String, String> v = new HashMap<>();
        v.put("customerId", i.hostCustomerId());
        v.put("projectId", i.hostProjectId());
        v.put("invoiceNumber", i.invoiceNumber());
        v.put("issueDate", i.issueDate().toString());
        v.put("dueDate", i.dueDate() == null ? null : i.dueDate().toString());
        v.put("currency", i.currency().getCurrencyCode());
        v.put("taxRate", i.taxRate() == null ? null : i.taxRate().stripTrailingZeros().toPlainString());
        v.put("discount", Html.amount(i.discount().amount()));
        v.put("notes", i.notes());
        int n = 0;
        for (HostInvoiceLine l : i.lines()) {
            String p = "line." + n++ + ".";
            v.put(p + "id", l.lineId());
            v.put(p + "serviceCode", l.serviceCode());
            v.put(p + "name", l.name());
            v.put(p + "description", l.description());
            v.put(p + "quantity", l.quantity().toPlainString());
            v.put(p + "unitPrice", Html.amount(l.unitPrice().amount()));
            v.put(p + "taxRateCode", l.taxRateCode());
            v.put(p + "department", l.department());
        }
        return v;
    }

    @Override
    String write(Exchange ex, String id, Map<String, String> form) {
        return pages.host().books().saveInvoice(ex.tenant(), id, form);
    }
}
