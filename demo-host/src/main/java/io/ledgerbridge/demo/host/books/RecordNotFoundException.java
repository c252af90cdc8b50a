package io.ledgerbridge.demo.host.books;

/** The record asked for does not exist in the user's tenant. */
public class RecordNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what the record's kind, e.g. "Customer"
     * @param id the id asked for
     */
    public RecordNotFoundException(String what, String id) {
        super(what + " " + id + " does not exist in this tenant");
    }
}
