package io.ledgerbridge.demo.host.web;

import static io.ledgerbridge.demo.host.web.Html.esc;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.demo.host.books.ExpenseInput;
import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.HostBooks;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Expenses: list, view, record and edit. */
final class ExpenseScreens extends RecordScreens {
    private final HostPages pages;

    ExpenseScreens(HostPages pages) {
        super("expenses", "expense");
        this.pages = pages;
    }

    @Override
    void list(Exchange ex) throws IOException {
        List<HostExpense> expenses = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().expenses().list(c, ex.tenant()));
        Map<String, String> customers = CustomerScreens.names(pages, ex.tenant());
        StringBuilder out = new StringBuilder("<div class=\"actions\"><a class=\"button\" href=\"/expenses/new\">"
                + "Record expense</a></div><table><tr><th>Date</th><th>Vendor</th><th>Category</th><th>Paid by</th>"
                + "<th>Billable to</th><th class=\"num\">Amount</th></tr>");
        for (HostExpense e : expenses) {
            out.append("<tr><td>").append(e.spentOn()).append("</td><td><a href=\"/expenses/")
                    .append(Html.url(e.hostExpenseId())).append("\">").append(esc(e.vendorName())).append("</a></td><td>")
                    .append(esc(e.category())).append("</td><td>").append(esc(e.paymentMethod())).append("</td><td>")
                    .append(esc(e.billableHostCustomerId() == null ? ""
                            : customers.getOrDefault(e.billableHostCustomerId(), e.billableHostCustomerId())))
                    .append("</td><td class=\"num\">").append(Html.money(e.amount())).append("</td></tr>");
        }
        ex.page(200, "Expenses", out.append("</table>").toString());
    }

    @Override
    void view(Exchange ex, String id) throws IOException {
        HostExpense e = pages.host().store().expense(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Expense", id));
        String billable = e.billableHostCustomerId() == null ? "not billable"
                : "<a href=\"/customers/" + Html.url(e.billableHostCustomerId()) + "\">"
                        + esc(CustomerScreens.names(pages, ex.tenant()).getOrDefault(e.billableHostCustomerId(),
                                e.billableHostCustomerId())) + "</a>";
        String content = "<div class=\"actions\"><a class=\"button\" href=\"/expenses/" + Html.url(id)
                + "/edit\">Edit</a></div><dl><dt>Id</dt><dd>" + esc(id) + "</dd><dt>Vendor</dt><dd>"
                + esc(e.vendorName()) + "</dd><dt>Date</dt><dd>" + e.spentOn() + "</dd><dt>Amount</dt><dd>"
                + Html.money(e.amount()) + "</dd><dt>Category</dt><dd>" + esc(e.category()) + "</dd><dt>Payment method"
                + "</dt><dd>" + esc(e.paymentMethod()) + "</dd><dt>Billable to</dt><dd>" + billable + "</dd><dt>Memo</dt>"
                + "<dd>" + esc(e.memo()) + "</dd><dt>Updated</dt><dd>" + Html.time(e.updatedAt()) + "</dd></dl>"
                + ex.panels(RecordType.EXPENSE, id);
        ex.page(200, "Expense " + id, content);
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        Map<String, String> methods = choices("Choose a payment method", ExpenseInput.PAYMENT_METHODS);
        Map<String, String> categories = choices("Choose a category", ExpenseInput.CATEGORIES);
        Map<String, String> customers = new LinkedHashMap<>();
        customers.put("", "Not billable");
        customers.putAll(CustomerScreens.names(pages, ex.tenant()));
        String content = Html.errorSummary(errors) + formStart(id, ex.who().csrfToken()) + "<fieldset><legend>Expense"
                + "</legend><div class=\"grid\">" + Html.input(v, errors, "vendorName", "Vendor", "text", null)
                + Html.input(v, errors, "spentOn", "Date", "date", null)
                + Html.input(v, errors, "amount", "Amount", "text", "Greater than zero, e.g. 42.50")
                + Html.input(v, errors, "currency", "Currency", "text", "Empty for " + HostBooks.HOME_CURRENCY)
                + Html.select(v, errors, "category", "Category", categories)
                + Html.select(v, errors, "paymentMethod", "Payment method", methods)
                + Html.select(v, errors, "billableCustomerId", "Billable to", customers)
                + Html.input(v, errors, "memo", "Memo", "text", null) + "</div></fieldset>" + formEnd(id);
        ex.page(status, id == null ? "Record expense" : "Edit expense " + id, content);
    }

    private static Map<String, String> choices(String prompt, List<String> values) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", prompt);
        values.forEach(value -> choices.put(value, value));
        return choices;
    }

    @Override
    Map<String, String> defaults(Exchange ex) {
        Map<String, String> v = new HashMap<>();
        v.put("spentOn", LocalDate.now(ZoneOffset.UTC).toString());
        return v;
    }

    @Override
    Map<String, String> current(Exchange ex, String id) {
        HostExpense e = pages.host().store().expense(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Expense", id));
        Map<String, String> v = new HashMap<>();
        v.put("vendorName", e.vendorName());
        v.put("spentOn", e.spentOn().toString());
        v.put("amount", Html.amount(e.amount().amount()));
        v.put("currency", e.amount().currency().getCurrencyCode());
        v.put("category", e.category());
        v.put("paymentMethod", e.paymentMethod());
        v.put("billableCustomerId", e.billableHostCustomerId());
        v.put("memo", e.memo());
        return v;
    }

    @Override
    String write(Exchange ex, String id, Map<String, String> form) {
        return pages.host().books().saveExpense(ex.tenant(), id, form);
    }
}
