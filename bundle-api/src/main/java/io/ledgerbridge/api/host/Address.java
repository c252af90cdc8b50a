package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;

/**
 * A postal address as the host keeps it. Every part is optional; blank parts read as {@code null}.
 * Created by the host.
 *
 * @param line1 first street line
 * @param line2 second street line
 * @param city city or town
 * @param region state, province or county
 * @param postalCode postal or ZIP code
 * @param country country name or ISO code
 */
public record Address(String line1, String line2, String city, String region, String postalCode, String country) {
    public Address {
        line1 = Checks.blankToNull(line1);
        line2 = Checks.blankToNull(line2);
        city = Checks.blankToNull(city);
        region = Checks.blankToNull(region);
        postalCode = Checks.blankToNull(postalCode);
        country = Checks.blankToNull(country);
    }

    /** @return whether no part is set */
    public boolean isEmpty() {
        return line1 == null && line2 == null && city == null && region == null && postalCode == null
                && country == null;
    }
}
