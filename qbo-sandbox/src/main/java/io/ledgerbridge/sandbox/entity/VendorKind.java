package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.Set;

/** Vendor: the name rules of Customer plus AcctNum, Vendor1099, TermRef and a currency fixed at create. */
final class VendorKind extends NameListKind {
    private static final Set<String> PROPS = NameRules.with("BillAddr", "OtherContactInfo", "TaxIdentifier", "TermRef",
            "Balance", "AcctNum", "Vendor1099", "CurrencyRef", "BillRate", "CostRate", "APAccountRef", "GSTIN",
            "BusinessNumber", "GSTRegistrationType", "TaxReportingBasis", "VendorPaymentBankDetail", "T4AEligible",
            "T5018Eligible", "HasTPAR", "Notes", "ContactName", "AltContactName", "PrimaryAddr");

    VendorKind() {
        super("Vendor", PROPS, "DisplayName");
    }

    @Override
    public Set<String> keptOnFullUpdate() {
        return Set.of("Balance", "CurrencyRef");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        NameRules.names(ctx, e, name(), previous);
        NameRules.addresses(ctx, e, previous, "BillAddr");
        ctx.maxLength(e, "AcctNum", 100);
        ctx.reference(e, "TermRef", "Term", false);
        if (previous != null && previous.has("CurrencyRef")) {
            e.set("CurrencyRef", previous.get("CurrencyRef").deepCopy());
        } else {
            ctx.currency(e, null);
        }
        e.put("Vendor1099", Json.bool(e, "Vendor1099", false));
        String taxId = Json.text(e, "TaxIdentifier");
        if (taxId != null && taxId.length() > 4 && !taxId.startsWith("X")) {
            // tax ids come back masked but for the last four characters (observed: "XXXXXX9875")
            e.put("TaxIdentifier", "X".repeat(taxId.length() - 4) + taxId.substring(taxId.length() - 4));
        }
        if (!e.has("Balance")) {
            e.put("Balance", BigDecimal.ZERO);
        }
    }
}
