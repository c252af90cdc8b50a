package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.host.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the host shows amounts and times, for Java and, as the variable {@code fmt} of every template, for the templates
 * ({@code ${fmt.money(invoice.total())}}).
 */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    Formats() {
    }

    /**
     * @param value a URL query value
     * @return it URL-encoded
     */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * @param money an amount, or {@code null}
     * @return it with two decimals and its currency
     */
    public static String money(Money money) {
        return money == null ? "" : amount(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    /**
     * @param amount an amount
     * @return it with two decimals (more when it has more)
     */
    public static String amount(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.stripTrailingZeros().scale()), RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * @param instant an instant, or {@code null}
     * @return it in UTC
     */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /**
     * @param number a number
     * @return it as typed, without exponent or grouping
     */
    public static String plain(BigDecimal number) {
        return number.toPlainString();
    }
}
