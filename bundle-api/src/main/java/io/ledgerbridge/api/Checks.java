package io.ledgerbridge.api;

/**
 * Argument checks shared by the records of this API. Each failure is an {@link InvalidInputException} naming the
 * field and the remedy. Used by the API's own records; hosts and connectors may use it for theirs.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * @param value the value to check
     * @param field the field's name, for the error
     * @param <T> the value's type
     * @return the value, never {@code null}
     * @throws InvalidInputException when the value is {@code null}
     */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required", "give a value for " + field);
        }
        return value;
    }

    /**
     * @param value the text to check
     * @param field the field's name, for the error
     * @return the value, never blank
     * @throws InvalidInputException when the value is {@code null} or blank
     */
    public static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required", "give a non-blank value for " + field);
        }
        return value;
    }

    /**
     * @param value the text to check
     * @return {@code null} for a blank value, else the value stripped of surrounding white space
     */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
