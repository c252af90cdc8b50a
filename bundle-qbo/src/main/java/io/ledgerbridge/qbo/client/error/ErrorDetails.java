package io.ledgerbridge.qbo.client.error;

/**
 * What QuickBooks said about a failed call, as far as it said anything.
 *
 * @param operation what the connector was doing, e.g. {@code "create Invoice"}
 * @param httpStatus the HTTP status, or 0 when no response arrived
 * @param code the QuickBooks fault code ({@code "5010"}), or null
 * @param faultMessage QuickBooks' {@code Message}, or null
 * @param detail QuickBooks' {@code Detail} (or a snippet of a non-JSON body), or null
 * @param element the field QuickBooks blamed, or null
 * @param intuitTid the {@code intuit_tid} response header to quote to Intuit support, or null
 */
public record ErrorDetails(String operation, int httpStatus, String code, String faultMessage, String detail,
                           String element, String intuitTid) {

    /** Details of a failure without a response (timeout, dropped connection). */
    public static ErrorDetails noResponse(String operation, String detail) {
        return new ErrorDetails(operation, 0, null, null, detail, null, null);
    }
}
