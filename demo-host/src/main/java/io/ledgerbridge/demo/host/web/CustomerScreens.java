package io.ledgerbridge.demo.host.web;

import static io.ledgerbridge.demo.host.web.Html.esc;
import static io.ledgerbridge.demo.host.web.Html.input;

import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.demo.host.books.FieldError;
import io.ledgerbridge.demo.host.books.RecordNotFoundException;
import java.io.IOException;
import io.ledgerbridge.api.TenantId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        StringBuilder out = new StringBuilder("<div class=\"actions\"><a class=\"button\" href=\"/customers/new\">"
                + "New customer</a></div><table><tr><th>Customer</th><th>Contact</th><th>E-mail</th><th>Phone</th>"
                + "<th>Currency</th><th>Updated</th></tr>");
        for (HostCustomer c : customers) {
            out.append("<tr><td><a href=\"/customers/").append(Html.url(c.hostCustomerId())).append("\">")
                    .append(esc(c.displayName())).append("</a></td><td>").append(esc(c.contactName())).append("</td><td>")
                    .append(c.email() == null ? "<span class=\"badge warn\">no e-mail</span>" : esc(c.email()))
                    .append("</td><td>").append(esc(c.phone())).append("</td><td>")
                    .append(c.currency() == null ? "home" : esc(c.currency())).append("</td><td>")
                    .append(Html.time(c.updatedAt())).append("</td></tr>");
        }
        ex.page(200, "Customers", out.append("</table>").toString());
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
        StringBuilder out = new StringBuilder("<div class=\"actions\"><a class=\"button\" href=\"/customers/")
                .append(Html.url(id)).append("/edit\">Edit</a><a class=\"button secondary\" href=\"/invoices/new?customerId=")
                .append(Html.url(id)).append("\">New invoice</a><a class=\"button secondary\" href=\"/projects/new?customerId=")
                .append(Html.url(id)).append("\">New project</a></div><dl>")
                .append("<dt>Id</dt><dd>").append(esc(id)).append("</dd>")
                .append("<dt>Company name</dt><dd>").append(esc(c.companyName())).append("</dd>")
                .append("<dt>Contact name</dt><dd>").append(esc(c.contactName())).append("</dd>")
                .append("<dt>E-mail</dt><dd>").append(c.email() == null
                        ? "<span class=\"badge warn\">none</span> QuickBooks requires an e-mail address for every customer"
                        : esc(c.email())).append("</dd>")
                .append("<dt>Phone</dt><dd>").append(esc(c.phone())).append("</dd>")
                .append("<dt>Billing address</dt><dd>").append(a == null ? "" : esc(String.join(", ",
                        java.util.stream.Stream.of(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country())
                                .filter(java.util.Objects::nonNull).toList()))).append("</dd>")
                .append("<dt>Currency</dt><dd>").append(c.currency() == null ? "home currency" : esc(c.currency()))
                .append("</dd><dt>Updated</dt><dd>").append(Html.time(c.updatedAt())).append("</dd></dl>");
        out.append("<h2>Projects</h2>").append(ProjectScreens.table(projects, Map.of(c.hostCustomerId(), c.displayName())));
        out.append("<h2>Invoices</h2>").append(InvoiceScreens.table(pages, ex, invoices));
        out.append(ex.panels(RecordType.CUSTOMER, id));
        ex.page(200, c.displayName(), out.toString());
    }

    @Override
    void form(Exchange ex, String id, Map<String, String> v, List<FieldError> errors, int status) throws IOException {
        String content = Html.errorSummary(errors) + formStart(id, ex.who().csrfToken()) + "<fieldset><legend>Customer"
                + "</legend><div class=\"grid\">"
                + input(v, errors, "companyName", "Company name", "text", "Company name or contact name is required")
                + input(v, errors, "contactName", "Contact name", "text", null)
                + input(v, errors, "email", "E-mail", "email", "QuickBooks requires one to sync the customer")
                + input(v, errors, "phone", "Phone", "text", null)
                + input(v, errors, "currency", "Currency", "text", "ISO code such as USD or CAD; empty for the home currency")
                + "</div></fieldset><fieldset><legend>Billing address</legend><div class=\"grid\">"
                + input(v, errors, "line1", "Address line 1", "text", null)
                + input(v, errors, "line2", "Address line 2", "text", null)
                + input(v, errors, "city", "City", "text", null)
                + input(v, errors, "region", "State/region", "text", null)
                + input(v, errors, "postalCode", "Postal code", "text", null)
                + input(v, errors, "country", "Country", "text", null)
                + "</div></fieldset>" + formEnd(id);
        ex.page(status, id == null ? "New customer" : "Edit customer " + id, content);
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
