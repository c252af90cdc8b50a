package io.ledgerbridge.demo.host.books;

/**
 * One refused form field.
 *
 * @param field the form field's name
 * @param label the field's label on the screen
 * @param problem what is wrong
 * @param remedy what to write instead
 */
public record FieldError(String field, String label, String problem, String remedy) {

    /** @return the sentence the screen shows next to the field */
    public String message() {
        return label + " " + problem + ". " + remedy + ".";
    }
}
