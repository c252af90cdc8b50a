package io.ledgerbridge.qbo.client.http;

/**
 * Text that survives the trip to QuickBooks as UTF-8: an unpaired surrogate (half of an emoji, say, left by a cut
 * made by code units) is encoded as '?', so the company would receive, store or search for another value.
 */
public final class Utf16 {
    private Utf16() {
    }

    /** @return the index of the first unpaired surrogate, or -1 when the text is well formed */
    public static int brokenAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the text without its unpaired surrogates */
    public static String dropBroken(String text) {
        if (brokenAt(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
