package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.InvalidInputException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount in a currency. Money is never a {@code double}. Created by the host in its records.
 *
 * @param amount the amount, any scale
 * @param currency its currency
 */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Checks.required(amount, "amount");
        Checks.required(currency, "currency");
    }

    /**
     * @param amount the amount as a decimal string, e.g. {@code "12.50"}
     * @param currencyCode the ISO 4217 code, e.g. {@code "USD"}
     * @return the money
     * @throws InvalidInputException when the amount or the code cannot be read
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /**
     * @param amount the amount
     * @param currencyCode the ISO 4217 code
     * @return the money
     */
    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    /**
     * @param currency the currency
     * @return zero in that currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * @param other an amount in the same currency
     * @return the sum
     * @throws InvalidInputException when the currencies differ
     */
    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * @param other an amount in the same currency
     * @return this minus other
     * @throws InvalidInputException when the currencies differ
     */
    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * @param factor a quantity
     * @return this amount times the factor
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** @return whether the amount is zero, whatever its scale */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidInputException("currency", "cannot combine " + currency + " with " + other.currency,
                    "use one currency for every amount of a record");
        }
    }

    private static BigDecimal parseAmount(String amount) {
        Checks.requiredText(amount, "amount");
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "'" + amount + "' is not a number",
                    "write the amount as digits with an optional '.' and decimals, e.g. 12.50");
        }
    }

    private static Currency currency(String code) {
        Checks.requiredText(code, "currency");
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "'" + code + "' is not an ISO 4217 currency code",
                    "use a three-letter code such as USD, CAD, EUR or GBP");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
