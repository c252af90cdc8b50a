package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostInvoiceLine;
import io.ledgerbridge.api.host.HostPayment;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.HostBooks;
import io.ledgerbridge.demo.host.books.InvalidFormException;
import io.ledgerbridge.demo.host.books.InvoiceAction;
import io.ledgerbridge.demo.host.books.InvoiceInput;
import io.ledgerbridge.demo.host.books.PaymentInput;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import io.ledgerbridge.demo.host.ui.HttpProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invoices: list, view with lines, totals, payments and status actions, create and edit (with lines). */
final class InvoiceScreens extends RecordScreens {
    private static final int BLANK_LINES = 3;
    private static final List<String> LINE_FIELDS = List.of("serviceCode", "name", "description", "quantity",
            "unitPrice", "taxRateCode", "department");

    private final HostPages pages;

    InvoiceScreens(HostPages pages) {
        super("invoices", "invoice");
        this.pages = pages;
    }

    /**
     * An invoice in a list, with what is owed on it.
     *
     * @param invoice the invoice
     * @param customer its customer's name
     * @param balance what is still owed, or {@code null} when nothing can be owed (voided, written off)
     */
    public record Row(HostInvoice invoice, String customer, BigDecimal balance) {
    }

    static List<Row> rows(HostPages pages, Exchange ex, List<HostInvoice> invoices) {
        Map<String, String> customers = CustomerScreens.names(pages, ex.tenant());
        List<Row> rows = new ArrayList<>();
        for (HostInvoice i : invoices) {
            BigDecimal paid = HostBooks.paid(pages.host().store().payments(ex.tenant(), i.hostInvoiceId()), i.currency());
            rows.add(new Row(i, customers.getOrDefault(i.hostCustomerId(), i.hostCustomerId()), balance(i, paid)));
        }
        return rows;
    }

    /** A voided or written-off invoice is owed no more, whatever its lines say; a paid one is settled. */
    private static BigDecimal balance(HostInvoice i, BigDecimal paid) {
        return switch (i.status()) {
            case VOIDED, WRITTEN_OFF -> null;
            case PAID -> BigDecimal.ZERO.max(i.total().amount().subtract(paid));
            default -> i.total().amount().subtract(paid);
        };
    }

    @Override
    void list(Exchange ex) throws IOException {
        List<HostInvoice> invoices = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().invoices().list(c, ex.tenant(), null));
        ex.page(200, "invoices.ftlh", Map.of("invoices", rows(pages, ex, invoices)));
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
        BigDecimal balance = balance(i, paid);
        Map<String, Object> model = new HashMap<>();
        model.put("invoice", i);
        model.put("customer", CustomerScreens.names(pages, ex.tenant()).getOrDefault(i.hostCustomerId(),
                i.hostCustomerId()));
        model.put("project", i.hostProjectId() == null ? "" : pages.host().store().project(ex.tenant(),
                i.hostProjectId()).map(HostProject::name).orElse(i.hostProjectId()));
        model.put("editable", HostBooks.editable(i.status()));
        model.put("actions", Arrays.stream(InvoiceAction.values()).filter(a -> a.allowedFrom(i.status())).toList());
        model.put("paymentState", PaymentState.describe(i, payments, paid, balance));
        model.put("taxRate", i.taxRate() == null ? "" : " (" + i.taxRate().stripTrailingZeros().toPlainString() + "%)");
        model.put("paid", paid);
        model.put("balance", balance == null ? "none (" + i.status().name().toLowerCase().replace('_', ' ') + ")"
                : Formats.money(new Money(balance, i.currency())));
        model.put("payments", payments);
        model.put("payable", HostBooks.payable(i.status()));
        Map<String, String> methods = new LinkedHashMap<>();
        PaymentInput.METHODS.forEach(m -> methods.put(m, m));
        model.put("methods", methods);
        model.put("values", payment == null ? defaultsForPayment(balance == null ? BigDecimal.ZERO : balance) : payment);
        model.put("errors", errors);
        model.put("panels", ex.panels(RecordType.INVOICE, id));
        ex.page(status, "invoice.ftlh", model);
    }

    @Override
    void action(Exchange ex, String id, String action) throws IOException {
        try {
            switch (action) {
                case "status" -> {
                    InvoiceAction change = InvoiceAction.of(ex.parameter("action"));
                    pages.host().books().changeStatus(ex.tenant(), id, change);
                    ex.redirect("/invoices/" + Formats.url(id), "Invoice " + change.target().name().toLowerCase()
                            .replace('_', ' ') + ".");
                }
                case "payments" -> {
                    HostPayment payment = pages.host().books().recordPayment(ex.tenant(), id, ex.form());
                    ex.redirect("/invoices/" + Formats.url(id), "Payment " + payment.hostPaymentId() + " of "
                            + Formats.money(payment.amount()) + " recorded.");
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
        Map<String, Object> model = formModel(id, v, errors);
        model.put("customers", customers);
        model.put("projects", projects);
        model.put("lines", Math.min(lineRows(v) + (status == 200 ? BLANK_LINES : 0), InvoiceInput.MAX_LINES));
        model.put("lineFields", LINE_FIELDS);
        ex.page(status, "invoice-form.ftlh", model);
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
        v.put("amount", Formats.amount(balance));
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
        v.put("discount", Formats.amount(i.discount().amount()));
        v.put("notes", i.notes());
        int n = 0;
        for (HostInvoiceLine l : i.lines()) {
            String p = "line." + n++ + ".";
            v.put(p + "id", l.lineId());
            v.put(p + "serviceCode", l.serviceCode());
            v.put(p + "name", l.name());
            v.put(p + "description", l.description());
            v.put(p + "quantity", l.quantity().toPlainString());
            v.put(p + "unitPrice", Formats.amount(l.unitPrice().amount()));
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
