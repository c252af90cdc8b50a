package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostInvoice;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.NamePreview;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.Adjustments;
import io.ledgerbridge.qbo.mapping.CustomerMapper;
import io.ledgerbridge.qbo.mapping.InvoiceMapper;
import io.ledgerbridge.qbo.mapping.NameClash;
import io.ledgerbridge.qbo.mapping.QboText;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings page's live preview: the names a real host record would get under settings not yet saved, through the
 * same mapper code a push uses (so the truncation shown is the truncation applied). Reads the host only.
 */
final class NamePreviews {
    private static final String REMEDY = "pick a record from the preview list";

    private final HostRecords records;

    NamePreviews(HostRecords records) {
        this.records = records;
    }

    List<NamePreview> preview(TenantId tenant, ConnectorSettings settings, RecordRef record) {
        if (settings == null || record == null) {
            throw new InvalidInputException(settings == null ? "settings" : "record", "is required", REMEDY);
        }
        List<NamePreview> out = new ArrayList<>();
        switch (record.type()) {
            case CUSTOMER -> customer(out, customerOf(tenant, record.hostId()), settings);
            case PROJECT -> {
                HostProject project = records.project(tenant, record.hostId()).orElseThrow(() -> missing(record));
                HostCustomer customer = customerOf(tenant, project.hostCustomerId());
                Adjustments adj = new Adjustments();
                String sent = CustomerMapper.projectDisplayName(project, customer, settings, adj);
                out.add(preview("DisplayName", settings.projectDisplayNameTemplate(), sent, adj,
                        CustomerMapper.displayNameLimit(settings)));
            }
            case INVOICE -> {
                HostInvoice invoice = records.invoice(tenant, record.hostId()).orElseThrow(() -> missing(record));
                Adjustments adj = new Adjustments();
                String sent = InvoiceMapper.docNumber(invoice, settings, adj);
                out.add(preview("DocNumber", settings.docNumberTemplate(), sent, adj, QboText.DOC_NUMBER));
                records.customer(tenant, invoice.hostCustomerId()).ifPresent(c -> customer(out, c, settings));
            }
            default -> throw new InvalidInputException("record", "a " + record.type().name().toLowerCase(
                    java.util.Locale.ROOT) + " has no templated name", "preview a customer, project or invoice");
        }
        return out;
    }

    private HostCustomer customerOf(TenantId tenant, String hostCustomerId) {
        return records.customer(tenant, hostCustomerId)
                .orElseThrow(() -> missing(RecordRef.of(io.ledgerbridge.api.event.RecordType.CUSTOMER,
                        hostCustomerId)));
    }

    private static void customer(List<NamePreview> out, HostCustomer customer, ConnectorSettings settings) {
        int limit = CustomerMapper.displayNameLimit(settings);
        Adjustments adj = new Adjustments();
        String name = CustomerMapper.displayName(customer, settings, adj);
        out.add(preview("DisplayName", settings.customerDisplayNameTemplate(), name, adj, limit));
        Adjustments clash = new Adjustments();
        String alternative = NameClash.alternative(settings.nameClashTemplate(), name,
                CustomerMapper.values(customer), 1, limit, clash);
        out.add(new NamePreview("DisplayName when taken", settings.nameClashTemplate(), alternative, alternative,
                limit));
    }

    private static NamePreview preview(String field, String template, String sent, Adjustments adj, int limit) {
        String rendered = adj.originals().getOrDefault(field, sent);
        return new NamePreview(field, template, rendered, sent, limit);
    }

    private static InvalidInputException missing(RecordRef record) {
        return new InvalidInputException("record", "the host has no " + record, REMEDY);
    }
}
