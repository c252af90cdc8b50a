package io.ledgerbridge.qbo.sync;

import java.util.List;
import java.util.Random;

/**
 * Seeded hostile text and numbers for the fuzz proof: quotes and backslashes (query-language breakouts), control
 * characters, Unicode (surrogate pairs, right-to-left overrides, zero-width and combining marks, a lone surrogate),
 * and 10,000-character strings. Every string starts with a marker ({@code fz<n>x}) so the queries it caused can be
 * found in the sandbox's request log.
 */
final class NastyInputs {
    static final int LONG = 10_000;

    private static final List<String> PIECES = List.of(
            "'", "\\", "\\'", "''", "\"", "\\\\'", "' OR Id > '0", "') AND Id = ('1", "' AND Active IN (true, false) --",
            "\\' AND DisplayName LIKE '%", "%", "_", "*", "=", "<>", "(", ")", ",", ";", "--", "/*", "*/",
            "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029",
            "\uD834\uDD1E", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u202Eevil\u202C",
            "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u200B", "\u200D", "\uFEFF", "e\u0301",
            "\u00A0", "\u3000", "\uFFFD", "\uD800", "\uDC00", "Ω≈ç√", "日本語", ":", "::", " ", "   ", "<b>x</b>",
            "${x}", "{customer}", "{a|b}", "&amp;", "%27", "\\u0027", "null", "NULL", "true", "0", "-1", "1e309");
    private static final List<String> NUMBERS = List.of("0", "-0", "0.00", "0.001", "-1", "-0.01", "1e3", "1E-20",
            "99999999999999999999.99", "123456789012345678901234567890", "1e400", "0.1234567890123", "00012.50",
            "+5", " 7 ", "NaN", "Infinity", "-Infinity", "1,000.00", "1_000", "0x1F", "١٢٣", "12'3", "5\u0000",
            "", "   ", "ten", "\u0661.5");

    private final Random random;
    private int count;

    NastyInputs(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** @return a marker not seen before in this run ({@code fz<n>x}) */
    String marker() {
        return "fz" + count++ + "x";
    }

    /** @return a hostile string beginning with a fresh marker; one in ten is 10,000 characters long */
    String text() {
        StringBuilder b = new StringBuilder(marker());
        int pieces = 1 + random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            b.append(pick(PIECES));
            if (random.nextBoolean()) {
                b.append((char) ('a' + random.nextInt(26)));
            }
        }
        if (random.nextInt(10) == 0) {
            String filler = pick(PIECES) + "x";
            while (b.length() < LONG) {
                b.append(filler);
            }
            b.setLength(LONG);
        }
        return b.toString();
    }

    /** @return a hostile number as text (a host's amount or quantity field) */
    String number() {
        return random.nextInt(3) == 0 ? pick(NUMBERS) : String.valueOf((random.nextInt(2_000_000) - 1_000) / 100.0);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
