package io.ledgerbridge.sandbox.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The ids of one entity type by the keys of one field, so look-ups by name, e-mail, document number or reference
 * cost a map access instead of a scan of the company. Keys are coarse on purpose (see {@link #textKeys}): an index
 * answers candidates, and the caller applies its own exact comparison to them.
 */
public final class FieldIndex {
    private static final char COMBINING_DOT_ABOVE = '\u0307';
    private final Function<JsonNode, Collection<String>> keysOf;
    private final NavigableMap<String, Set<String>> idsByKey = new TreeMap<>();
    private final Map<String, Collection<String>> keysById = new HashMap<>();

    FieldIndex(Function<JsonNode, Collection<String>> keysOf) {
        this.keysOf = keysOf;
    }

    void put(String id, JsonNode entity) {
        remove(id);
        Collection<String> keys = keysOf.apply(entity);
        if (keys.isEmpty()) {
            return;
        }
        keysById.put(id, keys);
        for (String key : keys) {
            idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
        }
    }

    void remove(String id) {
        Collection<String> keys = keysById.remove(id);
        if (keys == null) {
            return;
        }
        for (String key : keys) {
            Set<String> ids = idsByKey.get(key);
            ids.remove(id);
            if (ids.isEmpty()) {
                idsByKey.remove(key);
            }
        }
    }

    Set<String> ids(String key) {
        return idsByKey.getOrDefault(key, Set.of());
    }

    /** Ids under every key that starts with {@code prefix}. */
    List<String> idsWithPrefix(String prefix) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : idsByKey.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            out.addAll(e.getValue());
        }
        return out;
    }

    /** The greatest key, or null when the index is empty. */
    String lastKey() {
        return idsByKey.isEmpty() ? null : idsByKey.lastKey();
    }

    /**
     * The keys a text value is filed under: its {@link #textKey}, and for a number also its {@link #numberKey}.
     */
    static Collection<String> textKeys(String value) {
        if (value == null) {
            return List.of();
        }
        String number = numberKey(value);
        return number == null ? List.of(textKey(value)) : List.of(textKey(value), number);
    }

    /**
     * Trimmed, lower-cased and case-folded code point by code point. Two texts that QuickBooks' comparisons find equal
     * ({@code equalsIgnoreCase}, {@code compareToIgnoreCase}, trimmed {@code toLowerCase(Locale.ROOT)}) get one key,
     * and a text that starts with another (case ignored) has a key that starts with the other's key.
     */
    static String textKey(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            // "İ" lower-cases to "i" and a combining dot; compareToIgnoreCase finds "İ" equal to "i"
            if (cp != COMBINING_DOT_ABOVE) {
                out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            }
        });
        return out.toString();
    }

    /** {@code #} and the canonical number, for a text the query language compares as a number; null otherwise. */
    static String numberKey(String value) {
        BigDecimal n = number(value);
        return n == null ? null : "#" + (n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString());
    }

    /** The number the query language reads in a text: it starts with a digit, '-' or '.', and parses whole. */
    public static BigDecimal number(String s) {
        if (s == null || s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.')) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
