package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.math.BigDecimal;

/**
 * One line of a host invoice. Created by the host as part of a {@link HostInvoice}.
 *
 * @param lineId the host's id of the line, stable across edits
 * @param serviceCode the host's item or service code (mapped to a remote item), or {@code null}
 * @param catalogItemId the host's catalogue item id (used as SKU when items are created per line), or {@code null}
 * @param name the line's item name, or {@code null}
 * @param description the line's description, or {@code null}
 * @param quantity the quantity
 * @param unitPrice the price of one unit, in the invoice's currency
 * @param taxRateCode the host's tax (VAT) rate code of the line, or {@code null}
 * @param department the host's department of the line (mapped to a class), or {@code null}
 */
public record HostInvoiceLine(String lineId, String serviceCode, String catalogItemId, String name,
        String description, BigDecimal quantity, Money unitPrice, String taxRateCode, String department) {
    public HostInvoiceLine {
        Checks.requiredText(lineId, "lineId");
        serviceCode = Checks.blankToNull(serviceCode);
        catalogItemId = Checks.blankToNull(catalogItemId);
        name = Checks.blankToNull(name);
        description = Checks.blankToNull(description);
        Checks.required(quantity, "quantity");
        Checks.required(unitPrice, "unitPrice");
        taxRateCode = Checks.blankToNull(taxRateCode);
        department = Checks.blankToNull(department);
    }

    /** @return quantity times unit price */
    public Money amount() {
        return unitPrice.times(quantity);
    }
}
