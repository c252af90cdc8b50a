package io.ledgerbridge.api.event;

/**
 * EventAdmin topic names and event property keys for host events. A host publishes with
 * {@code eventAdmin.postEvent(new Event(HostTopics.INVOICE_CHANGED, HostEvents.toProperties(event)))}; the
 * connector's handler subscribes to {@link #ALL}. Used by OSGi hosts (publishers) and the connector (subscriber).
 */
public final class HostTopics {
    private HostTopics() {
    }

    /** Prefix of every host topic. */
    public static final String PREFIX = "io/ledgerbridge/host/";
    /** Subscription that matches every host topic. */
    public static final String ALL = PREFIX + "*";

    /** A customer was created or changed. */
    public static final String CUSTOMER_CHANGED = PREFIX + "customer/CHANGED";
    /** A project was created or changed. */
    public static final String PROJECT_CHANGED = PREFIX + "project/CHANGED";
    /** An invoice was created or changed. */
    public static final String INVOICE_CHANGED = PREFIX + "invoice/CHANGED";
    /** A payment was received against an invoice. */
    public static final String INVOICE_PAID = PREFIX + "invoice/PAID";
    /** An expense was recorded or changed. */
    public static final String EXPENSE_RECORDED = PREFIX + "expense/RECORDED";

    /** Property: the tenant id (String). Required. */
    public static final String PROP_TENANT = "ledgerbridge.tenant";
    /** Property: the host's id of the record (String). Required. */
    public static final String PROP_RECORD_ID = "ledgerbridge.record.id";
    /** Property: the host's unique id of this event (String). Required; used to drop redeliveries. */
    public static final String PROP_EVENT_ID = "ledgerbridge.event.id";
    /** Property: when the change happened, epoch milliseconds (Long). Required. */
    public static final String PROP_TIMESTAMP = "ledgerbridge.timestamp";
    /** Property (invoice paid): the host's id of the payment (String). */
    public static final String PROP_PAYMENT_ID = "ledgerbridge.payment.id";
    /** Property (invoice paid): the amount paid as a decimal string (String). */
    public static final String PROP_PAYMENT_AMOUNT = "ledgerbridge.payment.amount";
    /** Property (invoice paid): the ISO 4217 currency code of the amount (String). */
    public static final String PROP_PAYMENT_CURRENCY = "ledgerbridge.payment.currency";
    /** Property (invoice paid): the date paid, ISO yyyy-MM-dd (String). */
    public static final String PROP_PAYMENT_DATE = "ledgerbridge.payment.date";
    /** Property (invoice paid): the host's payment method (String, optional). */
    public static final String PROP_PAYMENT_METHOD = "ledgerbridge.payment.method";
    /** Property (invoice paid): the payment's reference (String, optional). */
    public static final String PROP_PAYMENT_REFERENCE = "ledgerbridge.payment.reference";
}
