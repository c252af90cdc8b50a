package io.ledgerbridge.demo.host.books;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A submitted invoice form with its lines, checked. Cross-record rules (the customer exists, the project is the
 * customer's, the number is free, the discount fits) are checked when saving.
 *
 * @param customerId the billed customer
 * @param projectId the project, or {@code null}
 * @param invoiceNumber the number, or {@code null} to take the next one
 * @param issueDate the date of issue
 * @param dueDate the due date, or {@code null}
 * @param currency the currency, or {@code null} for the customer's
 * @param taxRate the tax rate in percent, or {@code null} for no tax
 * @param discount the discount on the whole invoice, zero when none
 * @param notes the note to the customer, or {@code null}
 * @param lines the non-blank lines, at least one
 */
public record InvoiceInput(String customerId, String projectId, String invoiceNumber, LocalDate issueDate,
        LocalDate dueDate, Currency currency, BigDecimal taxRate, BigDecimal discount, String notes,
        List<LineInput> lines) {

    /** Line rows a form may carry. */
    public static final int MAX_LINES = 50;

    /**
     * One invoice line as submitted.
     *
     * @param lineId the line's stable id, or {@code null} for a new line
     * @param serviceCode the service code, or {@code null}
     * @param name the item name, or {@code null}
     * @param description the description, or {@code null}
     * @param quantity the quantity, above zero
     * @param unitPrice the unit price, zero or more
     * @param taxRateCode the tax rate code, or {@code null}
     * @param department the department, or {@code null}
     */
    public record LineInput(String lineId, String serviceCode, String name, String description, BigDecimal quantity,
            BigDecimal unitPrice, String taxRateCode, String department) {
    }

    /**
     * @param form the submitted fields; line fields are named {@code line.N.name} and so on, N from 0
     * @return the checked input
     * @throws InvalidFormException naming every refused field
     */
    public static InvoiceInput read(Map<String, String> form) {
        FormReader r = new FormReader(form);
        String customer = r.requiredText("customerId", "Customer", 40);
        String project = r.text("projectId", "Project", 40);
        String number = r.text("invoiceNumber", "Invoice number", 21);
        if (number != null && !number.matches("[A-Za-z0-9/_.-]+")) {
            r.error("invoiceNumber", "Invoice number", "'" + number + "' contains spaces or symbols",
                    "Use letters, digits, '-', '/', '_' or '.' only");
        }
        LocalDate issued = r.date("issueDate", "Issue date", true);
        LocalDate due = r.date("dueDate", "Due date", false);
        if (issued != null && due != null && due.isBefore(issued)) {
            r.error("dueDate", "Due date", "is before the issue date", "Pick a due date on or after " + issued);
        }
        Currency currency = r.currency("currency", "Currency");
        BigDecimal taxRate = r.decimal("taxRate", "Tax rate (%)", false, BigDecimal.ZERO, true, 3);
        if (taxRate != null && taxRate.compareTo(BigDecimal.valueOf(100)) > 0) {
            r.error("taxRate", "Tax rate (%)", "is above 100", "Enter the rate in percent, e.g. 8.5");
        }
        BigDecimal discount = r.decimal("discount", "Discount", false, BigDecimal.ZERO, true, 2);
        String notes = r.text("notes", "Notes", 4000);
        List<LineInput> lines = new ArrayList<>();
        for (int i = 0; i < MAX_LINES; i++) {
            String p = "line." + i + ".";
            if (blank(form, p + "name") && blank(form, p + "description") && blank(form, p + "unitPrice")
                    && blank(form, p + "serviceCode")) {
                continue;
            }
            String label = "Line " + (i + 1);
            lines.add(new LineInput(r.text(p + "id", label + " id", 40), r.text(p + "serviceCode", label + " service code", 60),
                    r.text(p + "name", label + " item", 100), r.text(p + "description", label + " description", 4000),
                    r.decimal(p + "quantity", label + " quantity", true, BigDecimal.ZERO, false, 4),
                    r.decimal(p + "unitPrice", label + " unit price", true, BigDecimal.ZERO, true, 4),
                    r.text(p + "taxRateCode", label + " tax code", 40), r.text(p + "department", label + " department", 100)));
        }
        if (lines.isEmpty()) {
            r.error("line.0.name", "Lines", "are all empty", "Add at least one line with an item and a unit price");
        }
        r.throwIfInvalid();
        return new InvoiceInput(customer, project, number, issued, due, currency, taxRate,
                discount == null ? BigDecimal.ZERO : discount, notes, lines);
    }

    private static boolean blank(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank();
    }
}
