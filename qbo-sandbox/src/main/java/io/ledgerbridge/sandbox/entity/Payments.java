package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.util.Set;

/** Where received money goes: Undeposited Funds unless the request names a Bank or Other Current Asset account. */
final class Payments {
    private static final Set<String> DEPOSIT_TYPES = Set.of("Bank", "Other Current Asset");

    private Payments() {
    }

    static void depositAccount(EntityContext ctx, ObjectNode e) {
        if (Json.refValue(e, "DepositToAccountRef") == null) {
            ObjectNode uf = undepositedFunds(ctx);
            if (uf != null) {
                e.set("DepositToAccountRef", Json.ref(uf.get("Id").asText(), Json.text(uf, "Name")));
            }
            return;
        }
        ObjectNode account = ctx.reference(e, "DepositToAccountRef", "Account", false);
        if (!DEPOSIT_TYPES.contains(Json.text(account, "AccountType"))) {
            throw Faults.business("DepositToAccountRef must be a Bank or Other Current Asset account.");
        }
    }

    static ObjectNode undepositedFunds(EntityContext ctx) {
        return ctx.company().all("Account").stream()
                .filter(a -> "UndepositedFunds".equals(Json.text(a, "AccountSubType")) || "Undeposited Funds".equals(Json.text(a, "Name")))
                .findFirst().orElse(null);
    }
}
