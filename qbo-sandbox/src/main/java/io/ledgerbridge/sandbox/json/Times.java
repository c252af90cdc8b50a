package io.ledgerbridge.sandbox.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** QuickBooks writes times in the company's own UTC offset: MetaData to the second, the envelope {@code time} to the millisecond. */
public final class Times {
    private static final DateTimeFormatter META = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter ENVELOPE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private Times() {
    }

    public static String meta(Instant at, ZoneId zone) {
        return META.format(at.atZone(zone));
    }

    public static String envelope(Instant at, ZoneId zone) {
        return ENVELOPE.format(at.atZone(zone));
    }

    public static LocalDate today(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /** Parses an ISO date or date-time; a bare date is the start of that day in {@code zone}. Null when unparseable. */
    public static Instant parseInstant(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // fall through to the other accepted forms
        }
        try {
            return java.time.LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim().replace('/', '-'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
