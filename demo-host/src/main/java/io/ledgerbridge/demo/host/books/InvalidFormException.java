package io.ledgerbridge.demo.host.books;

import java.util.List;

/** A form was refused; nothing was written. Carries every refused field, so the screen can show them all at once. */
public class InvalidFormException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /** @param errors the refused fields, at least one */
    public InvalidFormException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse("invalid form"));
        this.errors = List.copyOf(errors);
    }

    /**
     * @param field the form field
     * @param label its label
     * @param problem what is wrong
     * @param remedy what to write instead
     * @return an exception for one field
     */
    public static InvalidFormException of(String field, String label, String problem, String remedy) {
        return new InvalidFormException(List.of(new FieldError(field, label, problem, remedy)));
    }

    /** @return the refused fields */
    public List<FieldError> errors() {
        return errors;
    }
}
