package io.ledgerbridge.api.event;

/**
 * What happened in the host. Each kind has one EventAdmin topic (see {@link HostTopics}) and one record type.
 */
public enum HostEventKind {
    /** A customer was created or changed. */
    CUSTOMER_CHANGED(RecordType.CUSTOMER, HostTopics.CUSTOMER_CHANGED),
    /** A project was created or changed. */
    PROJECT_CHANGED(RecordType.PROJECT, HostTopics.PROJECT_CHANGED),
    /** An invoice was created or changed (including its status: sent, voided, written off...). */
    INVOICE_CHANGED(RecordType.INVOICE, HostTopics.INVOICE_CHANGED),
    /** A payment was received against an invoice, by any path. The event carries the payment. */
    INVOICE_PAID(RecordType.INVOICE, HostTopics.INVOICE_PAID),
    /** An expense was recorded or changed. */
    EXPENSE_RECORDED(RecordType.EXPENSE, HostTopics.EXPENSE_RECORDED);

    private final RecordType recordType;
    private final String topic;

    HostEventKind(RecordType recordType, String topic) {
        this.recordType = recordType;
        this.topic = topic;
    }

    /** @return the type of the record the event is about */
    public RecordType recordType() {
        return recordType;
    }

    /** @return the EventAdmin topic of this kind */
    public String topic() {
        return topic;
    }

    /**
     * @param topic an EventAdmin topic
     * @return the kind published on it
     * @throws io.ledgerbridge.api.InvalidInputException when no kind uses that topic
     */
    public static HostEventKind ofTopic(String topic) {
        for (HostEventKind kind : values()) {
            if (kind.topic.equals(topic)) {
                return kind;
            }
        }
        throw new io.ledgerbridge.api.InvalidInputException("topic", "'" + topic + "' is not a LedgerBridge host topic",
                "publish on one of the topics in HostTopics");
    }
}
