package io.ledgerbridge.api;

import java.util.Objects;

/**
 * Thrown when a value a caller passed is unusable. It names the offending field and says what to do, so a host can
 * show it next to the field. Thrown by the connector and by the records of this API; never retried.
 */
public class InvalidInputException extends LedgerBridgeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field (record component or setting name) that is wrong
     * @param problem what is wrong with it
     * @param remedy what the caller should do instead
     */
    public InvalidInputException(String field, String problem, String remedy) {
        super(Objects.requireNonNull(field, "field") + ": " + problem, remedy);
        this.field = field;
    }

    /** @return the name of the field that is wrong */
    public String field() {
        return field;
    }
}
