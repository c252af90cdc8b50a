package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.InvalidInputException;
import java.time.LocalDate;

/**
 * What an administrator asks an import to bring.
 *
 * @param contacts import the remote ledger's customers (sub-customers become host projects)
 * @param invoices import outstanding invoices (balance above zero) with their lines, tax and payments so far
 * @param invoicesFrom only invoices dated on or after this day, or {@code null} for all
 * @param dryRun match and count only: nothing is written to the host and no link is made
 * @since 1.1
 */
public record ImportRequest(boolean contacts, boolean invoices, LocalDate invoicesFrom, boolean dryRun) {
    public ImportRequest {
        if (!contacts && !invoices) {
            throw new InvalidInputException("contacts", "an import must bring contacts, invoices or both",
                    "tick Contacts, Outstanding invoices or both");
        }
    }
}
