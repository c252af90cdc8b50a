package io.ledgerbridge.qbo.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The host's original values of fields the mapper had to cut or clean, by QuickBooks field, for the sync log. */
public final class Adjustments {
    private final Map<String, String> originals = new LinkedHashMap<>();

    /**
     * @param field the QuickBooks field
     * @param original the host's value
     */
    public void record(String field, String original) {
        originals.putIfAbsent(field, original);
    }

    /** @return the originals, by field */
    public Map<String, String> originals() {
        return Collections.unmodifiableMap(originals);
    }

    /** @return whether nothing was changed */
    public boolean isEmpty() {
        return originals.isEmpty();
    }
}
