package io.ledgerbridge.demo.host.web;

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
        ex.page(200, "expenses.ftlh", Map.of("expenses", expenses,
                "customerNames", CustomerScreens.names(pages, ex.tenant())));
    }

    @Override
    void view(Exchange ex, String id) throws IOException {
        HostExpense e = pages.host().store().expense(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Expense", id));
        ex.page(200, "expense.ftlh", Map.of("expense", e, "customerNames", CustomerScreens.names(pages, ex.tenant()),
                "panels", ex.panels(RecordType.EXPENSE, id)));
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        Map<String, String> customers = new LinkedHashMap<>();
        customers.put("", "Not billable");
        customers.putAll(CustomerScreens.names(pages, ex.tenant()));
        Map<String, Object> model = formModel(id, v, errors);
        model.put("methods", choices("Choose a payment method", ExpenseInput.PAYMENT_METHODS));
        model.put("categories", choices("Choose a category", ExpenseInput.CATEGORIES));
        model.put("customers", customers);
        model.put("homeCurrency", HostBooks.HOME_CURRENCY.getCurrencyCode());
        ex.page(status, "expense-form.ftlh", model);
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
        v.put("amount", Formats.amount(e.amount().amount()));
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
