package io.ledgerbridge.ui.page;

import io.ledgerbridge.api.sync.RecordRef;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What templates call as {@code lb}: dates as people read them, links to the settings sub-pages and to host records,
 * and remedies with their page names linked. Presentation only.
 */
public final class PageTools {
    /** The QuickBooks settings page's label; its sub-pages hang below it. */
    public static final String SETTINGS_LABEL = "quickbooks";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN_EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The model entry a page sets to name records as the host shows them ({@code Function<RecordRef, String>}). */
    public static final String RECORD_NAMES = "recordNames";

    private final PageRequest page;
    private final java.util.function.Function<RecordRef, String> names;

    /** @param page the request's host attributes */
    public PageTools(PageRequest page) {
        this(page, null);
    }

    /**
     * @param page the request's host attributes
     * @param names names records as the host shows them, or {@code null} for their type and id
     */
    public PageTools(PageRequest page, java.util.function.Function<RecordRef, String> names) {
        this.page = page;
        this.names = names;
    }

    /**
     * @param sync the connector's sync operations
     * @param tenant the tenant
     * @return a naming for {@link #RECORD_NAMES}: each record asked once per page
     */
    public static java.util.function.Function<RecordRef, String> names(io.ledgerbridge.api.SyncOperations sync,
            io.ledgerbridge.api.TenantId tenant) {
        java.util.Map<RecordRef, String> seen = new java.util.HashMap<>();
        return record -> seen.computeIfAbsent(record, r -> sync.recordName(tenant, r));
    }

    /**
     * @param record a host record
     * @return its name as the host shows it ("Invoice 1010"), or its type and id
     */
    public String name(RecordRef record) {
        String name = names == null ? null : names.apply(record);
        return name != null ? name : words(record.type()) + " " + record.hostId();
    }

    /**
     * @param instant a moment, or {@code null}
     * @return it to the minute in UTC, or {@code "—"}
     */
    public String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }

    /**
     * @param instant a moment, or {@code null}
     * @return it to the second in UTC, or {@code "—"}
     */
    public String whenExact(Instant instant) {
        return instant == null ? "—" : WHEN_EXACT.format(instant);
    }

    /**
     * @param sub a sub-page's path, e.g. {@code "mappings"}, or {@code ""} for the connection page
     * @return its absolute path
     */
    public String settings(String sub) {
        String root = page.mountPath().endsWith("/" + SETTINGS_LABEL) ? page.mountPath()
                : page.siblingPath(SETTINGS_LABEL);
        return sub.isEmpty() ? root : root + "/" + sub;
    }

    /**
     * @param record a host record, or {@code null}
     * @return the host's screen of it, or {@code null} when the host gave no pattern
     */
    public String recordUrl(RecordRef record) {
        if (record == null || page.recordUrlPattern().isBlank()) {
            return null;
        }
        return page.recordUrlPattern().replace("{type}", record.type().name().toLowerCase(Locale.ROOT))
                .replace("{id}", URLEncoder.encode(record.hostId(), StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /**
     * @param remedy a remedy, or {@code null}
     * @return its pieces, with the settings pages it names linked
     */
    public List<Remedies.Segment> remedy(String remedy) {
        List<Remedies.Segment> segments = Remedies.segments(remedy, settings(""));
        if (page.user().administrator()) {
            return segments;
        }
        // The settings pages are administrators' only: a clerk gets their names, not links that answer 403.
        return segments.stream().map(s -> s.href() == null ? s
                : new Remedies.Segment(s.text() + " (ask an administrator)", null)).toList();
    }

    /**
     * @param name an enum constant's name, e.g. {@code "PARTIALLY_PAID"}
     * @return it as words, e.g. {@code "Partially paid"}
     */
    public String words(Object name) {
        String s = name.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
