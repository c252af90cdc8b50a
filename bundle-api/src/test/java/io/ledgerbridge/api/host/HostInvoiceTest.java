package io.ledgerbridge.api.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostInvoiceTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static HostInvoiceLine line(String id, String qty, String price, String currency) {
        return new HostInvoiceLine(id, "SVC", null, "Consulting", null, new BigDecimal(qty), Money.of(price, currency),
                null, null);
    }

    @Test
    void totalIsLinesMinusDiscountPlusTax() {
        HostInvoice invoice = new HostInvoice("i1", "c1", null, "INV-1", InvoiceStatus.SENT, LocalDate.of(2026, 1, 5),
                null, USD, List.of(line("l1", "2", "100.00", "USD"), line("l2", "1.5", "10.00", "USD")),
                Money.of("9.18", "USD"), new BigDecimal("8.5"), Money.of("7.00", "USD"), null, Instant.now());

        assertThat(invoice.subtotal().amount()).isEqualByComparingTo("215.00");
        assertThat(invoice.total().amount()).isEqualByComparingTo("217.18");
    }

    @Test
    void lineInAnotherCurrencyIsRefusedWithTheLineNamed() {
        assertThatThrownBy(() -> new HostInvoice("i1", "c1", null, "INV-1", InvoiceStatus.SENT, LocalDate.now(), null,
                USD, List.of(line("l9", "1", "5", "EUR")), null, null, null, null, Instant.now()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lines[l9].unitPrice")
                .hasMessageContaining("EUR");
    }

    @Test
    void badAmountAndCurrencyNameTheirField() {
        assertThatThrownBy(() -> Money.of("12,50", "USD")).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> Money.of("12.50", "DOLLARS")).hasMessageStartingWith("currency:");
    }

    @Test
    void tenantIdRejectsUnsafeCharacters() {
        assertThatThrownBy(() -> TenantId.of("acme/../x")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("tenantId:");
        assertThat(TenantId.of("acme-1").value()).isEqualTo("acme-1");
    }
}
