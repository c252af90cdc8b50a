package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.time.Instant;
import java.util.Currency;

/**
 * A customer (a client, an account) as the host holds it now. Read by the connector through
 * {@link HostRecords#customer}; created by the host.
 *
 * @param hostCustomerId the host's id of the customer
 * @param companyName the company's name, or {@code null} for a person
 * @param contactName the contact person's full name, or {@code null}
 * @param email the billing e-mail address, or {@code null} (QuickBooks sync requires one)
 * @param phone the phone number, or {@code null}
 * @param billingAddress the billing address, or {@code null}
 * @param currency the customer's currency, or {@code null} for the tenant's home currency
 * @param updatedAt when the host last changed the customer
 */
public record HostCustomer(String hostCustomerId, String companyName, String contactName, String email,
        String phone, Address billingAddress, Currency currency, Instant updatedAt) {
    public HostCustomer {
        Checks.requiredText(hostCustomerId, "hostCustomerId");
        companyName = Checks.blankToNull(companyName);
        contactName = Checks.blankToNull(contactName);
        email = Checks.blankToNull(email);
        phone = Checks.blankToNull(phone);
        Checks.required(updatedAt, "updatedAt");
        if (companyName == null && contactName == null) {
            throw new io.ledgerbridge.api.InvalidInputException("companyName",
                    "a customer needs a company name or a contact name", "give the customer a company or contact name");
        }
    }

    /** @return the company name if there is one, else the contact name */
    public String displayName() {
        return companyName != null ? companyName : contactName;
    }
}
