package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules shared by Customer, Vendor and Employee: name parts, the banned characters, and one DisplayName across all three. */
final class NameRules {
    static final Set<String> PEOPLE = Set.of("Customer", "Vendor", "Employee");
    static final Set<String> COMMON = Set.of("Id", "SyncToken", "domain", "sparse", "MetaData", "DisplayName", "Title",
            "GivenName", "MiddleName", "FamilyName", "Suffix", "CompanyName", "PrintOnCheckName", "PrimaryEmailAddr",
            "PrimaryPhone", "AlternatePhone", "Mobile", "Fax", "WebAddr", "Active", "Source", "Organization", "status");

    private NameRules() {
    }

    static Set<String> with(String... extra) {
        Set<String> s = new HashSet<>(COMMON);
        s.addAll(List.of(extra));
        return Set.copyOf(s);
    }

    /** Lengths, characters, e-mail and phones; builds DisplayName from the name parts when left out. */
    static void names(EntityContext ctx, ObjectNode e, String type, ObjectNode previous) {
        if (Json.text(e, "DisplayName") == null || Json.text(e, "DisplayName").isBlank()) {
            List<String> parts = new ArrayList<>();
            for (String f : List.of("Title", "GivenName", "MiddleName", "FamilyName", "Suffix")) {
                String v = Json.text(e, f);
                if (v != null && !v.isBlank()) {
                    parts.add(v.trim());
                }
            }
            if (previous != null && Json.text(previous, "DisplayName") != null) {
                // DisplayName cannot be removed by an update; QuickBooks keeps it
                e.put("DisplayName", Json.text(previous, "DisplayName"));
            } else if (parts.isEmpty()) {
                throw Faults.required("DisplayName");
            } else {
                e.put("DisplayName", String.join(" ", parts));
            }
        }
        ctx.maxLength(e, "DisplayName", 500);
        ctx.maxLength(e, "Title", 16);
        ctx.maxLength(e, "GivenName", 100);
        ctx.maxLength(e, "MiddleName", 100);
        ctx.maxLength(e, "FamilyName", 100);
        ctx.maxLength(e, "Suffix", 16);
        ctx.maxLength(e, "CompanyName", 100);
        ctx.maxLength(e, "PrintOnCheckName", 110);
        for (String f : List.of("DisplayName", "Title", "GivenName", "MiddleName", "FamilyName", "Suffix", "PrintOnCheckName")) {
            String v = Json.text(e, f);
            if (v != null && (v.indexOf(':') >= 0 || v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0)) {
                throw Faults.business("The " + f + " cannot contain a colon (:), a tab or a new line.");
            }
        }
        for (String phone : List.of("PrimaryPhone", "AlternatePhone", "Mobile", "Fax")) {
            ctx.maxLengthNested(e, phone, "FreeFormNumber", 30);
        }
        ctx.maxLengthNested(e, "WebAddr", "URI", 1000);
        ctx.email(e, "PrimaryEmailAddr");
        if (Json.text(e, "PrintOnCheckName") == null) {
            e.put("PrintOnCheckName", previous != null && Json.text(previous, "PrintOnCheckName") != null
                    && Json.text(previous, "DisplayName").equals(Json.text(e, "DisplayName"))
                    ? Json.text(previous, "PrintOnCheckName") : Json.text(e, "DisplayName"));
        }
        if (!e.has("Active") || e.get("Active").isNull()) {
            e.put("Active", true);
        }
        unique(ctx, e, type);
    }

    /** DisplayName is unique across Customer, Vendor and Employee, inactive ones included (6240). */
    static void unique(EntityContext ctx, ObjectNode e, String type) {
        String name = normal(Json.text(e, "DisplayName"));
        String id = Json.text(e, "Id");
        for (String other : PEOPLE) {
            for (ObjectNode existing : ctx.company().lookUp(other, "DisplayName", name)) {
                if (other.equals(type) && existing.get("Id").asText().equals(id)) {
                    continue;
                }
                if (name.equals(normal(Json.text(existing, "DisplayName")))) {
                    throw Faults.duplicateName(existing.get("Id").asText());
                }
            }
        }
    }

    static String normal(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }

    static void addresses(EntityContext ctx, ObjectNode e, ObjectNode previous, String... fields) {
        for (String f : fields) {
            JsonNode addr = e.get(f);
            if (addr == null || !addr.isObject()) {
                continue;
            }
            Addresses.validate(ctx, (ObjectNode) addr, f);
            // QuickBooks geocodes addresses; one it cannot place comes back as "INVALID" (observed)
            if (!addr.has("Lat")) {
                ((ObjectNode) addr).put("Lat", "INVALID").put("Long", "INVALID");
            }
            if (!addr.has("Id")) {
                JsonNode old = previous == null ? null : previous.get(f);
                ((ObjectNode) addr).put("Id", old != null && old.has("Id") ? old.get("Id").asText() : ctx.company().nextAddressId());
            }
        }
    }
}
