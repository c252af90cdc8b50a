package io.ledgerbridge.demo.host.web;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Customers: list, view (with projects, invoices and contributed panels), create and edit. */
final class CustomerScreens extends RecordScreens {
    private final HostPages pages;

    CustomerScreens(HostPages pages) {
        super("customers", "customer");
        this.pages = pages;
    }

    @Override
    void list(Exchange ex) throws IOException {
        List<HostCustomer> customers = pages.host().store().jdbc()
                .inTransaction(c -> pages.host().store().customers().list(c, ex.tenant()));
        ex.page(200, "customers.ftlh", Map.of("customers", customers));
    }

    @Override
    void view(Exchange ex, String id) throws IOException {
        HostCustomer c = pages.host().store().customer(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Customer", id));
        List<HostProject> projects = pages.host().store().jdbc()
                .inTransaction(cn -> pages.host().store().projects().list(cn, ex.tenant(), id));
        List<HostInvoice> invoices = pages.host().store().jdbc()
                .inTransaction(cn -> pages.host().store().invoices().list(cn, ex.tenant(), id));
        Address a = c.billingAddress();
        String address = a == null ? "" : String.join(", ", Stream.of(a.line1(), a.line2(), a.city(), a.region(),
                a.postalCode(), a.country()).filter(Objects::nonNull).toList());
        ex.page(200, "customer.ftlh", Map.of("customer", c, "address", address, "projects", projects,
                "customerNames", Map.of(c.hostCustomerId(), c.displayName()),
                "invoices", InvoiceScreens.rows(pages, ex, invoices), "panels", ex.panels(RecordType.CUSTOMER, id)));
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        ex.page(status, "customer-form.ftlh", formModel(id, v, errors));
    }

    @Override
    Map<String, String> defaults(Exchange ex) {
        return Map.of();
    }

    @Override
    Map<String, String> current(Exchange ex, String id) {
        HostCustomer c = pages.host().store().customer(ex.tenant(), id)
                .orElseThrow(() -> new RecordNotFoundException("Customer", id));
        Map<String, String> v = new HashMap<>();
        v.put("companyName", c.companyName());
        v.put("contactName", c.contactName());
        v.put("email", c.email());
        v.put("phone", c.phone());
        v.put("currency", c.currency() == null ? null : c.currency().getCurrencyCode());
        if (c.billingAddress() != null) {
            Address a = c.billingAddress();
            v.put("line1", a.line1());
            v.put("line2", a.line2());
            v.put("city", a.city());
            v.put("region", a.region());
            v.put("postalCode", a.postalCode());
            v.put("country", a.country());
        }
        return v;
    }

    @Override
    String write(Exchange ex, String id, Map<String, String> form) {
        return pages.host().books().saveCustomer(ex.tenant(), id, form);
    }

    /**
     * @param pages the host
     * @param tenant the tenant
     * @return customer ids to display names, by name
     */
    static Map<String, String> names(HostPages pages, TenantId tenant) {
        Map<String, String> names = new LinkedHashMap<>();
        for (HostCustomer c : pages.host().store().jdbc()
                .inTransaction(cn -> pages.host().store().customers().list(cn, tenant))) {
            names.put(c.hostCustomerId(), c.displayName());
        }
        return names;
    }
}
