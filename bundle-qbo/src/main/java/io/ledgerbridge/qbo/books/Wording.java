package io.ledgerbridge.qbo.books;

import io.ledgerbridge.api.sync.BooksDifference.DriftAction;
import io.ledgerbridge.api.sync.RecordRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** The remedies of a report, each naming the page where it is done (the admin pages link these names). */
final class Wording {
    static final String PAGE = "Settings → Integrations → QuickBooks → Books match";
    static final String CONFLICTS = "Settings → Integrations → QuickBooks → Conflicts";
    static final String IMPORT = "Settings → Integrations → QuickBooks → Import";
    static final String TAX = "Settings → Integrations → QuickBooks → Mappings → Tax codes";

    private Wording() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String what(RecordRef record) {
        return record.type().name().toLowerCase(Locale.ROOT);
    }

    /** The standard remedy of an action for one record. */
    static String remedy(DriftAction action, RecordRef record) {
        return switch (action) {
            case RESYNC -> "Re-sync the " + what(record) + " on " + PAGE + " (or with Sync on its QuickBooks panel) "
                    + "to push the host's values to QuickBooks";
            case OPEN_CONFLICT -> "Open the " + what(record) + "'s conflict on " + CONFLICTS + " and decide which "
                    + "side is right";
            case UNLINK -> "Unlink it on " + PAGE + ": the link is forgotten and, while the host still has the "
                    + what(record) + ", it is pushed afresh";
            case LINK -> "Link it to the host's record on " + PAGE + ", or import it on " + IMPORT;
            case RECORD_IN_HOST -> "Record it in the host the same way, or undo it in QuickBooks; then run the "
                    + "report again on " + PAGE;
            case REVIEW_TAX -> "Map the host's tax rate to a QuickBooks tax code that computes the same tax on "
                    + TAX + "; a difference of cents that stays is rounding, not lost money";
        };
    }
}
