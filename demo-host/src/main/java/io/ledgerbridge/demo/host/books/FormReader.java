package io.ledgerbridge.demo.host.books;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads typed values from submitted form fields and collects every problem, so a form is refused once with all its
 * errors. Each reader returns {@code null} for a refused or blank optional field.
 */
public final class FormReader {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param values the submitted fields, by name */
    public FormReader(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param field the field
     * @param label its label
     * @param max the longest value accepted
     * @return the trimmed value, or {@code null} when blank
     */
    public String text(String field, String label, int max) {
        String value = values.get(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        if (value.length() > max) {
            error(field, label, "is " + value.length() + " characters long", "Shorten it to at most " + max);
            return null;
        }
        return value;
    }

    /**
     * @param field the field
     * @param label its label
     * @param max the longest value accepted
     * @return the trimmed value, or {@code null} when refused
     */
    public String requiredText(String field, String label, int max) {
        String value = text(field, label, max);
        if (value == null && !has(field)) {
            error(field, label, "is required", "Fill it in");
        }
        return value;
    }

    /**
     * @param field the field
     * @param label its label
     * @return the address, or {@code null} when blank or refused
     */
    public String email(String field, String label) {
        String value = text(field, label, 254);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(field, label, "'" + value + "' is not an e-mail address", "Write it as name@example.com");
            return null;
        }
        return value;
    }

    /**
     * @param field the field
     * @param label its label
     * @param required whether a value is needed
     * @param minimum the smallest value accepted
     * @param inclusive whether the minimum itself is accepted
     * @param maxScale the most decimals accepted
     * @return the number, or {@code null}
     */
    public BigDecimal decimal(String field, String label, boolean required, BigDecimal minimum, boolean inclusive,
            int maxScale) {
        String value = text(field, label, 30);
        if (value == null) {
            if (required && !has(field)) {
                error(field, label, "is required", "Enter a number such as 12.50");
            }
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            error(field, label, "'" + value + "' is not a number", "Write digits with an optional '.', e.g. 12.50");
            return null;
        }
        int compared = number.compareTo(minimum);
        if (compared < 0 || (compared == 0 && !inclusive)) {
            error(field, label, "must be " + (inclusive ? "at least " : "greater than ") + minimum.toPlainString(),
                    "Enter " + (inclusive ? "a value of at least " : "a value above ") + minimum.toPlainString());
            return null;
        }
        if (Math.max(number.stripTrailingZeros().scale(), 0) > maxScale) {
            error(field, label, "has more than " + maxScale + " decimals", "Round it to " + maxScale + " decimals");
            return null;
        }
        return number;
    }

    /**
     * @param field the field
     * @param label its label
     * @param required whether a value is needed
     * @return the date, or {@code null}
     */
    public LocalDate date(String field, String label, boolean required) {
        String value = text(field, label, 20);
        if (value == null) {
            if (required && !has(field)) {
                error(field, label, "is required", "Enter a date as yyyy-mm-dd");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(field, label, "'" + value + "' is not a date", "Write it as yyyy-mm-dd, e.g. 2026-03-31");
            return null;
        }
    }

    /**
     * @param field the field
     * @param label its label
     * @return the currency, or {@code null} when blank or refused
     */
    public Currency currency(String field, String label) {
        String value = text(field, label, 3);
        if (value == null) {
            return null;
        }
        try {
            return Currency.getInstance(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(field, label, "'" + value + "' is not a currency code", "Use a three-letter code such as USD or CAD");
            return null;
        }
    }

    /**
     * @param field the field
     * @param label its label
     * @param options the accepted values
     * @param required whether a value is needed
     * @return the chosen value, or {@code null}
     */
    public String choice(String field, String label, List<String> options, boolean required) {
        String value = text(field, label, 100);
        if (value == null) {
            if (required && !has(field)) {
                error(field, label, "is required", "Choose one of " + String.join(", ", options));
            }
            return null;
        }
        if (!options.contains(value)) {
            error(field, label, "'" + value + "' is not one of the choices", "Choose one of " + String.join(", ", options));
            return null;
        }
        return value;
    }

    /**
     * @param field the field
     * @return whether the field was checked (an HTML checkbox sends a value only when checked)
     */
    public boolean checked(String field) {
        String value = values.get(field);
        return value != null && !value.isBlank() && !value.equals("false");
    }

    /**
     * @param field the field
     * @param label its label
     * @param problem what is wrong
     * @param remedy what to write instead
     */
    public void error(String field, String label, String problem, String remedy) {
        errors.add(new FieldError(field, label, problem, remedy));
    }

    /** @throws InvalidFormException when any field was refused */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
    }

    private boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
