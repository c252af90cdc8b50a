package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;

/** PhysicalAddress limits: Line1–Line5 at most 500 each and 2000 together; City, Country, region 255; PostalCode 30. */
final class Addresses {
    private Addresses() {
    }

    static void validate(EntityContext ctx, ObjectNode addr, String field) {
        int total = 0;
        for (int i = 1; i <= 5; i++) {
            String line = Json.text(addr, "Line" + i);
            if (line != null) {
                if (line.length() > 500) {
                    throw Faults.tooLong(field + ".Line" + i, 500, line.length());
                }
                total += line.length();
            }
        }
        if (total > 2000) {
            throw Faults.tooLong(field, 2000, total);
        }
        for (String f : new String[] {"City", "Country", "CountrySubDivisionCode"}) {
            String v = Json.text(addr, f);
            if (v != null && v.length() > 255) {
                throw Faults.tooLong(field + "." + f, 255, v.length());
            }
        }
        String postal = Json.text(addr, "PostalCode");
        if (postal != null && postal.length() > 30) {
            throw Faults.tooLong(field + ".PostalCode", 30, postal.length());
        }
    }
}
