package io.ledgerbridge.qbo.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.settings.ConnectorSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Host customers, projects and expense vendors to QuickBooks name-list entities (Customer, Customer as a Job,
 * Vendor). The one place host names and QuickBooks names meet for them.
 * Rules: developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/customer.
 */
public final class CustomerMapper {
    /** The product's message for a customer without an e-mail address. */
    public static final String NO_EMAIL = "Failed to sync customer: the customer has no email address";

    private CustomerMapper() {
    }

    /**
     * Fails before any call when the customer's currency cannot go to this company: a company without multi-currency
     * keeps every customer in its home currency (QuickBooks answers 6000 "Multicurrency is not enabled").
     *
     * @param customer the host customer
     * @param homeCurrency the company's home currency
     * @param multiCurrency whether the company has multi-currency on
     */
    public static void checkCurrency(HostCustomer customer, String homeCurrency, boolean multiCurrency) {
        if (customer.currency() == null || multiCurrency) {
            return;
        }
        String code = customer.currency().getCurrencyCode();
        if (!code.equals(homeCurrency)) {
            throw new MappingException("Currency mismatch: customer " + customer.displayName() + " is kept in " + code
                    + " but the QuickBooks company works only in " + homeCurrency,
                    "Turn on multi-currency in QuickBooks, or keep the customer in " + homeCurrency);
        }
    }

    /**
     * @param customer the host customer
     * @param settings the tenant's settings
     * @return the Customer body (DisplayName from the template, every field cut to its limit)
     * @throws MappingException when the customer has no e-mail address (QuickBooks sync requires one)
     */
    public static Mapped customer(HostCustomer customer, ConnectorSettings settings) {
        if (customer.email() == null) {
            throw new MappingException(NO_EMAIL, "Add an email address to the customer, then sync it again");
        }
        Adjustments adj = new Adjustments();
        ObjectNode c = Json.object();
        c.put("DisplayName", displayName(customer, settings, adj));
        // companyName -> CompanyName (max 100)
        Json.putIfPresent(c, "CompanyName", QboText.text("CompanyName", customer.companyName(),
                QboText.COMPANY_NAME, adj));
        // contactName -> GivenName + FamilyName: the last word is the family name, the rest the given names.
        if (customer.contactName() != null) {
            String contact = customer.contactName().strip();
            int space = contact.lastIndexOf(' ');
            String given = space < 0 ? contact : contact.substring(0, space);
            String family = space < 0 ? null : contact.substring(space + 1);
            Json.putIfPresent(c, "GivenName", QboText.name("GivenName", given, QboText.PERSON_NAME, adj));
            Json.putIfPresent(c, "FamilyName", QboText.name("FamilyName", family, QboText.PERSON_NAME, adj));
        }
        c.set("PrimaryEmailAddr", Json.object().put("Address",
                QboText.text("PrimaryEmailAddr", customer.email(), QboText.EMAIL, adj)));
        if (customer.phone() != null) {
            c.set("PrimaryPhone", Json.object().put("FreeFormNumber",
                    QboText.text("PrimaryPhone", customer.phone(), QboText.PHONE, adj)));
        }
        if (customer.billingAddress() != null && !customer.billingAddress().isEmpty()) {
            c.set("BillAddr", address(customer.billingAddress(), adj));
        }
        if (customer.currency() != null) {
            // Fixed at create in QuickBooks; sent so a foreign-currency customer is created in its currency.
            c.set("CurrencyRef", Json.ref(customer.currency().getCurrencyCode()));
        }
        return new Mapped("Customer", c, adj);
    }

    /**
     * @param customer the host customer
     * @param settings the tenant's settings
     * @param adj where changes are recorded
     * @return the sanitised DisplayName from the customer template
     */
    public static String displayName(HostCustomer customer, ConnectorSettings settings, Adjustments adj) {
        String rendered = Template.render(settings.customerDisplayNameTemplate(), values(customer));
        if (rendered.isBlank()) {
            rendered = customer.displayName();
        }
        return QboText.name("DisplayName", rendered, displayNameLimit(settings), adj);
    }

    /** The fields the customer DisplayName template may use (the keys of {@link #values}). */
    public static final List<String> CUSTOMER_FIELDS = List.of("companyName", "contactName", "email", "phone",
            "hostId");
    /** The fields the project DisplayName template may use. */
    public static final List<String> PROJECT_FIELDS = List.of("customerName", "companyName", "contactName",
            "projectName", "hostId");

    /**
     * @param customer the host customer
     * @return the fields customer templates may use
     */
    public static Map<String, String> values(HostCustomer customer) {
        // The keys are CUSTOMER_FIELDS.
        Map<String, String> v = new HashMap<>();
        v.put("companyName", customer.companyName());
        v.put("contactName", customer.contactName());
        v.put("email", customer.email());
        v.put("phone", customer.phone());
        v.put("hostId", customer.hostCustomerId());
        return v;
    }

    /**
     * @param settings the tenant's settings
     * @return 100 when the cap is on, else QuickBooks' 500
     */
    public static int displayNameLimit(ConnectorSettings settings) {
        return settings.capDisplayNameAt100() ? QboText.DISPLAY_NAME_CAPPED : QboText.DISPLAY_NAME;
    }

    /**
     * A project as a sub-customer: Job, ParentRef, BillWithParent; named by the project template. A literal
     * {@code :} in the template (QuickBooks' parent separator, forbidden in names) is written as {@code " - "}.
     *
     * @param project the host project
     * @param customer its host customer
     * @param parentQboId the parent's QuickBooks Customer Id
     * @param settings the tenant's settings
     * @return the Customer body of the job
     */
    public static Mapped project(HostProject project, HostCustomer customer, String parentQboId,
            ConnectorSettings settings) {
        Adjustments adj = new Adjustments();
        ObjectNode c = Json.object();
        c.put("DisplayName", projectDisplayName(project, customer, settings, adj));
        c.put("Job", true);
        c.set("ParentRef", Json.ref(parentQboId));
        c.put("BillWithParent", true);
        c.put("Active", project.active());
        if (customer.email() != null) {
            c.set("PrimaryEmailAddr", Json.object().put("Address",
                    QboText.text("PrimaryEmailAddr", customer.email(), QboText.EMAIL, adj)));
        }
        return new Mapped("Customer", c, adj);
    }

    /**
     * @param project the host project
     * @param customer its host customer
     * @param settings the tenant's settings
     * @param adj where changes are recorded
     * @return the sub-customer's sanitised DisplayName from the project template
     */
    public static String projectDisplayName(HostProject project, HostCustomer customer, ConnectorSettings settings,
            Adjustments adj) {
        Map<String, String> v = new HashMap<>();
        v.put("customerName", noColon(customer.displayName()));
        v.put("companyName", noColon(customer.companyName()));
        v.put("contactName", noColon(customer.contactName()));
        v.put("projectName", noColon(project.name()));
        v.put("hostId", project.hostProjectId());
        String rendered = Template.render(settings.projectDisplayNameTemplate(), v).replace(":", " - ");
        return QboText.name("DisplayName", rendered.isBlank() ? project.name() : rendered, displayNameLimit(settings),
                adj);
    }

    /**
     * An expense's supplier as a Vendor, with the same name rules as customers.
     *
     * @param vendorName the host's supplier name
     * @param settings the tenant's settings
     * @return the Vendor body
     */
    public static Mapped vendor(String vendorName, ConnectorSettings settings) {
        Adjustments adj = new Adjustments();
        ObjectNode v = Json.object();
        v.put("DisplayName", QboText.name("DisplayName", vendorName, displayNameLimit(settings), adj));
        Json.putIfPresent(v, "CompanyName", QboText.text("CompanyName", vendorName, QboText.COMPANY_NAME, adj));
        return new Mapped("Vendor", v, adj);
    }

    private static String noColon(String s) {
        return s == null ? null : s.replace(":", "");
    }

    private static ObjectNode address(Address a, Adjustments adj) {
        ObjectNode n = Json.object();
        Json.putIfPresent(n, "Line1", QboText.text("BillAddr.Line1", a.line1(), QboText.ADDRESS_LINE, adj));
        Json.putIfPresent(n, "Line2", QboText.text("BillAddr.Line2", a.line2(), QboText.ADDRESS_LINE, adj));
        Json.putIfPresent(n, "City", QboText.text("BillAddr.City", a.city(), QboText.ADDRESS_PART, adj));
        Json.putIfPresent(n, "CountrySubDivisionCode",
                QboText.text("BillAddr.CountrySubDivisionCode", a.region(), QboText.ADDRESS_PART, adj));
        Json.putIfPresent(n, "PostalCode", QboText.text("BillAddr.PostalCode", a.postalCode(), QboText.POSTAL_CODE,
                adj));
        Json.putIfPresent(n, "Country", QboText.text("BillAddr.Country", a.country(), QboText.ADDRESS_PART, adj));
        return n;
    }
}
