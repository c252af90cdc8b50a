package io.ledgerbridge.ui.record;

import static io.ledgerbridge.ui.page.Html.escape;

import io.ledgerbridge.api.sync.RecordSyncStatus;
import io.ledgerbridge.api.sync.SyncState;
import io.ledgerbridge.ui.page.PageRequest;

/** Renders a record's QuickBooks sync status for the host's record screens. Presentation only. */
final class SyncStatusView {
    /** How the connector's summary of a conflict over a void begins; the panel says it in the pill too. */
    private static final String VOIDED = "Voided in QuickBooks";

    private SyncStatusView() {
    }

    static String render(PageRequest page, RecordSyncStatus status) {
        return render(page, status, null);
    }

    /**
     * @param conflictHref where the record's open conflict is reviewed, or {@code null} (none, or not an
     *        administrator)
     */
    static String render(PageRequest page, RecordSyncStatus status, String conflictHref) {
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"lb-record\" data-state=\"").append(status.state().name()).append("\">");
        html.append("<p>").append(pill(status));
        if (status.remoteId() != null) {
            html.append(" QuickBooks id <strong class=\"lb-remote-id\">").append(escape(status.remoteId()))
                    .append("</strong>");
        }
        if (status.lastSyncedAt() != null) {
            html.append(" · last synced ").append(io.ledgerbridge.ui.page.Html.when(status.lastSyncedAt()));
        }
        if (status.attempts() > 0) {
            html.append(" · ").append(status.attempts()).append(status.attempts() == 1 ? " attempt" : " attempts");
        }
        html.append("</p>");
        if (status.message() != null) {
            String kind = status.state() == SyncState.FAILED || status.state() == SyncState.CONFLICT ? "error" : "info";
            html.append("<div class=\"lb-notice lb-notice-").append(kind).append("\" role=\"status\">")
                    .append("<p class=\"lb-message\">").append(escape(status.message())).append("</p>");
            if (status.remedy() != null) {
                html.append("<p class=\"lb-remedy\">").append(escape(status.remedy())).append("</p>");
            }
            if (conflictHref != null) {
                html.append("<p><a class=\"lb-conflict-link\" href=\"").append(escape(conflictHref))
                        .append("\">Review the conflict</a></p>");
            }
            html.append("</div>");
        }
        html.append("<form method=\"post\" action=\"").append(escape(page.mountPath())).append("\" class=\"lb-inline\">")
                .append(page.csrfField())
                .append(hidden("type", status.record().type().name()))
                .append(hidden("id", status.record().hostId()))
                .append("<button type=\"submit\" class=\"lb-button lb-secondary\" id=\"lb-resync\">")
                .append(status.state() == SyncState.NOT_SYNCED ? "Sync to QuickBooks" : "Sync again")
                .append("</button></form></div>");
        return html.toString();
    }

    private static String pill(RecordSyncStatus status) {
        if (status.state() == SyncState.CONFLICT && status.message() != null
                && status.message().startsWith(VOIDED)) {
            return "<span class=\"lb-pill lb-pill-red\">" + VOIDED + "</span>";
        }
        return switch (status.state()) {
            case SYNCED -> "<span class=\"lb-pill lb-pill-green\">In QuickBooks</span>";
            case PENDING -> "<span class=\"lb-pill lb-pill-amber\">Waiting to sync</span>";
            case FAILED -> "<span class=\"lb-pill lb-pill-red\">Sync failed</span>";
            case CONFLICT -> "<span class=\"lb-pill lb-pill-red\">Conflict</span>";
            case SKIPPED -> "<span class=\"lb-pill lb-pill-grey\">Not sent</span>";
            case NOT_SYNCED -> "<span class=\"lb-pill lb-pill-grey\">Not in QuickBooks</span>";
        };
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }
}
