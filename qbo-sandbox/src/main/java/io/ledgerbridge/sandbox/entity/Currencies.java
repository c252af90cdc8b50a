package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.util.Currency;
import java.util.Locale;

/** CurrencyRef values with the English names QuickBooks gives them ({@code "United States Dollar"}). */
public final class Currencies {
    private Currencies() {
    }

    public static ObjectNode ref(String code) {
        return Json.ref(code, name(code));
    }

    public static String name(String code) {
        return switch (code) {
            case "USD" -> "United States Dollar";
            case "CAD" -> "Canadian Dollar";
            case "GBP" -> "British Pound Sterling";
            case "AUD" -> "Australian Dollar";
            case "EUR" -> "Euro";
            default -> {
                try {
                    yield Currency.getInstance(code).getDisplayName(Locale.US);
                } catch (IllegalArgumentException e) {
                    yield code;
                }
            }
        };
    }
}
