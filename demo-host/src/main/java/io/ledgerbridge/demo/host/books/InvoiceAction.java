package io.ledgerbridge.demo.host.books;

import io.ledgerbridge.api.host.InvoiceStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The status changes a user can make on an invoice screen. Payments move an invoice to partly paid or paid. */
public enum InvoiceAction {
    /** Approve a draft. */
    APPROVE("Approve", InvoiceStatus.APPROVED, EnumSet.of(InvoiceStatus.DRAFT)),
    /** Send to the customer. */
    SEND("Mark sent", InvoiceStatus.SENT, EnumSet.of(InvoiceStatus.DRAFT, InvoiceStatus.APPROVED)),
    /** Post to the ledger. */
    POST("Post", InvoiceStatus.POSTED, EnumSet.of(InvoiceStatus.APPROVED, InvoiceStatus.SENT)),
    /** Void: kept, but worth nothing. Not once money was received. */
    VOID("Void", InvoiceStatus.VOIDED,
            EnumSet.of(InvoiceStatus.DRAFT, InvoiceStatus.APPROVED, InvoiceStatus.SENT, InvoiceStatus.POSTED)),
    /** Write off the balance as bad debt. */
    WRITE_OFF("Write off", InvoiceStatus.WRITTEN_OFF,
            EnumSet.of(InvoiceStatus.SENT, InvoiceStatus.POSTED, InvoiceStatus.PARTIALLY_PAID));

    private final String label;
    private final InvoiceStatus target;
    private final Set<InvoiceStatus> from;

    InvoiceAction(String label, InvoiceStatus target, Set<InvoiceStatus> from) {
        this.label = label;
        this.target = target;
        this.from = from;
    }

    /** @return the button's label */
    public String label() {
        return label;
    }

    /** @return the status the action leads to */
    public InvoiceStatus target() {
        return target;
    }

    /**
     * @param status an invoice's status
     * @return whether the action is allowed from it
     */
    public boolean allowedFrom(InvoiceStatus status) {
        return from.contains(status);
    }

    /** @return the form value naming the action */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param value a form value
     * @return the action
     * @throws InvalidFormException when no action has that value
     */
    public static InvoiceAction of(String value) {
        for (InvoiceAction action : values()) {
            if (action.value().equals(value)) {
                return action;
            }
        }
        throw InvalidFormException.of("action", "Action", "'" + value + "' is not an invoice action",
                "Use one of the buttons on the invoice screen");
    }
}
