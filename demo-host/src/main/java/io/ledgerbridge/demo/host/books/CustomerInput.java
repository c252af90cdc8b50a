package io.ledgerbridge.demo.host.books;

import io.ledgerbridge.api.host.Address;
import java.util.Currency;
import java.util.Map;

/**
 * A submitted customer form, checked.
 *
 * @param companyName the company name, or {@code null}
 * @param contactName the contact's name, or {@code null} (one of the two names is required)
 * @param email the e-mail address, or {@code null}
 * @param phone the phone number, or {@code null}
 * @param billingAddress the billing address, or {@code null}
 * @param currency the currency, or {@code null} for the home currency
 */
public record CustomerInput(String companyName, String contactName, String email, String phone, Address billingAddress,
        Currency currency) {

    /**
     * @param form the submitted fields
     * @return the checked input
     * @throws InvalidFormException naming every refused field
     */
    public static CustomerInput read(Map<String, String> form) {
        FormReader r = new FormReader(form);
        String company = r.text("companyName", "Company name", 100);
        String contact = r.text("contactName", "Contact name", 100);
        if (company == null && contact == null && form.getOrDefault("companyName", "").isBlank()
                && form.getOrDefault("contactName", "").isBlank()) {
            r.error("companyName", "Company name", "and Contact name are both empty",
                    "Give the customer a company name or a contact name");
        }
        String email = r.email("email", "E-mail");
        String phone = r.text("phone", "Phone", 30);
        if (phone != null && !phone.matches("[0-9+()./ -]{3,30}")) {
            r.error("phone", "Phone", "'" + phone + "' is not a phone number", "Use digits, spaces and + ( ) - . only");
        }
        Address address = new Address(r.text("line1", "Address line 1", 200), r.text("line2", "Address line 2", 200),
                r.text("city", "City", 100), r.text("region", "State/region", 100),
                r.text("postalCode", "Postal code", 20), r.text("country", "Country", 60));
        Currency currency = r.currency("currency", "Currency");
        r.throwIfInvalid();
        return new CustomerInput(company, contact, email, phone, address.isEmpty() ? null : address, currency);
    }
}
