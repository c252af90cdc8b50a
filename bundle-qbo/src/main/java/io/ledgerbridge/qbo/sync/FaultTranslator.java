package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.sync.RecordRef;

/**
 * Turns a QuickBooks fault into the worker's decision and the plain message and remedy the product documents. The
 * one place fault codes meet the user's words.
 */
public final class FaultTranslator {
    /** The repair steps for an invoice deleted in QuickBooks (product docs: "Fixing a duplicate invoice"). */
    public static final String BROKEN_LINK_REMEDY = "Never delete a synced record in QuickBooks: void it instead. "
            + "To repair (an administrator, on the record's QuickBooks panel or the errors list): Re-create in "
            + "QuickBooks makes a fresh copy; or void any duplicate in QuickBooks Online, then Link to a QuickBooks "
            + "record to choose the copy to keep; Unlink clears the record's QuickBooks link so its next push creates "
            + "it anew";
    /** What to do about a record whose QuickBooks copy was merged into another (the status names the survivor). */
    public static final String MERGED_REMEDY = "An administrator chooses on the record's QuickBooks panel: Follow the "
            + "survivor links this record to the surviving QuickBooks record without pushing; Re-create in QuickBooks "
            + "makes a fresh copy of this record instead. Nothing is pushed to the survivor until then";

    private FaultTranslator() {
    }

    /**
     * @param record the record being pushed
     * @param f the fault
     * @return the decision
     */
    public static PushFailure translate(RecordRef record, QboFault f) {
        String code = f.code() == null ? "" : f.code();
        String what = record.type().name().toLowerCase(java.util.Locale.ROOT);
        return switch (f.kind()) {
            case THROTTLED -> new PushFailure(PushFailure.Action.RETRY, "QB API error (429): rate limited",
                    "Nothing to do: the sync waits about 60 seconds and retries", code, f.intuitTid(),
                    f.retryAfter(), f);
            case TRANSIENT -> new PushFailure(PushFailure.Action.RETRY, "QuickBooks could not be reached or failed ("
                    + (f.httpStatus() == 0 ? "no response" : f.httpStatus()) + "): " + f.getMessage(),
                    "Nothing to do: the sync retries with back-off", code, f.intuitTid(), f.retryAfter(), f);
            case AUTHORIZATION -> new PushFailure(PushFailure.Action.STOP_COMPANY, "No active QuickBooks connection",
                    "Reconnect in Settings → Integrations → QuickBooks", code, f.intuitTid(), null, f);
            case STALE -> new PushFailure(PushFailure.Action.RETRY, "QB API error (400): stale SyncToken (someone "
                    + "edited the QuickBooks record)", "Just run the sync again: it self-heals", code, f.intuitTid(),
                    null, f);
            case NOT_FOUND -> new PushFailure(PushFailure.Action.STOP_RECORD, "The QuickBooks " + what
                    + " was deleted or made inactive, so the sync link is broken", BROKEN_LINK_REMEDY, code,
                    f.intuitTid(), null, f);
            case VALIDATION -> validation(f, code);
        };
    }

    /**
     * A failed read for a settings page (a remote list), as the page shows it.
     *
     * @param what what was read, e.g. "the Account list"
     * @param f the fault
     * @return the exception to throw through the API
     */
    public static io.ledgerbridge.api.LedgerBridgeException forRead(String what, QboFault f) {
        return switch (f.kind()) {
            case AUTHORIZATION -> new io.ledgerbridge.api.LedgerBridgeException("No active QuickBooks connection",
                    "Connect QuickBooks in Settings → Integrations → QuickBooks", f);
            case THROTTLED -> new io.ledgerbridge.api.LedgerBridgeException("QB API error (429): rate limited",
                    "Wait 60 seconds and reload the page", f);
            default -> new io.ledgerbridge.api.LedgerBridgeException("QuickBooks could not send " + what + ": "
                    + f.getMessage(), "Reload the page; if it persists, test the connection in Settings → "
                    + "Integrations → QuickBooks", f);
        };
    }

    private static PushFailure validation(QboFault f, String code) {
        if (f.retryable()) {
            return new PushFailure(PushFailure.Action.RETRY, "Business Validation Error: You can only add or edit "
                    + "one name at a time", "Sign out of QuickBooks Online if someone is working in the books; the "
                    + "sync retries", code, f.intuitTid(), null, f);
        }
        String message;
        String remedy;
        switch (code) {
            case "6210" -> {
                message = "Account period has closed: the QuickBooks books are closed for this date";
                remedy = "Re-open the books for that period in QuickBooks and sync again (then close them), or set "
                        + "the sync start date after the closing date so older records are skipped";
            }
            case "6140" -> {
                message = "Duplicate document number: this invoice number is already used in QuickBooks ("
                        + f.detail() + ")";
                remedy = "Change the invoice number or the document-number template, or void the other QuickBooks "
                        + "invoice, then re-sync";
            }
            case "6240" -> {
                message = "Duplicate Name Exists Error: another customer, vendor or employee already uses this name";
                remedy = "Rename one of them in QuickBooks, or change the name-clash template, then re-sync";
            }
            case "6190" -> {
                message = "Invalid Company Status: the QuickBooks subscription has ended or been cancelled";
                remedy = "Renew the QuickBooks subscription, then re-sync";
            }
            case "6540" -> {
                message = "Deposited Transaction cannot be changed";
                remedy = "Remove the payment from its deposit in QuickBooks, then re-sync";
            }
            case "6000" -> {
                String[] known = business(f.detail());
                message = known[0];
                remedy = known[1];
            }
            case "2050" -> {
                message = "A value is longer than QuickBooks allows: " + f.detail();
                remedy = "Shorten the value in the host, then re-sync";
            }
            case "2210" -> {
                message = "The email address is not valid for QuickBooks";
                remedy = "Correct the email address, then re-sync";
            }
            default -> {
                message = "QB API error (" + (f.httpStatus() == 0 ? 400 : f.httpStatus()) + ") " + code + ": "
                        + f.getMessage() + (f.detail() == null ? "" : " — " + f.detail());
                remedy = "Correct the record or the mappings as the message says, then re-sync";
            }
        }
        return new PushFailure(PushFailure.Action.STOP_RECORD, message, remedy, code, f.intuitTid(), null, f);
    }

    /** QuickBooks' generic 6000 in the words of its known details; the raw text when the detail is not known. */
    private static String[] business(String detail) {
        String d = detail == null ? "" : detail;
        java.util.regex.Matcher account = ACCOUNT_TYPE.matcher(d);
        if (account.find()) {
            return new String[] {"QuickBooks refused the expense's paying account: a " + account.group(2)
                    + " payment must be paid from a " + account.group(1) + " account, and the mapped account is not "
                    + "one", "Map the payment method to a " + account.group(1) + " account in Settings → Integrations "
                    + "→ QuickBooks → Mappings → Expense payment accounts, then sync again"};
        }
        if (d.contains("Multicurrency is not enabled")) {
            return new String[] {"QuickBooks refused a foreign currency: multi-currency is off in the QuickBooks "
                    + "company (" + d.replaceFirst("^Business Validation Error: ", "") + ")",
                    "Turn on multi-currency in QuickBooks (Account and settings → Advanced → Currency), or use the "
                            + "company's home currency, then sync again"};
        }
        return new String[] {"QuickBooks refused the record (6000): " + (d.isBlank() ? "a business rule was not met"
                : d.replaceFirst("^Business Validation Error: ", "")),
                "Correct the record or the mappings as the message says, then sync again"};
    }

    private static final java.util.regex.Pattern ACCOUNT_TYPE = java.util.regex.Pattern.compile(
            "AccountRef must be an? (Credit Card|Bank) account for PaymentType (\\w+)");
}
