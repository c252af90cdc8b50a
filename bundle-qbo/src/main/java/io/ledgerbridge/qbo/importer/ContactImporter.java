package io.ledgerbridge.qbo.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.AmbiguousMatch;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.ImportMapper;
import io.ledgerbridge.qbo.matching.Match;
import io.ledgerbridge.qbo.matching.Matcher;
import io.ledgerbridge.qbo.matching.NameKey;
import io.ledgerbridge.qbo.store.ImportStore;
import io.ledgerbridge.qbo.store.ImportStore.Counts;
import io.ledgerbridge.qbo.store.LinkStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Imports one page of QuickBooks customers or sub-customers: each goes through the shared {@link Matcher} (its link,
 * then e-mail, then normalised name); a match is linked, no match is created in the host (inactive customers are
 * linked when they match but never created), and two candidates are listed for the administrator.
 */
final class ContactImporter {
    /** The remedy product-docs 003 gives for duplicate customers. */
    static final String MERGE_REMEDY = "Choose the host customer under Import, or merge the duplicates: in "
            + "QuickBooks (Sales → Customers) give the old profile exactly the Display Name of the one to keep and "
            + "accept the merge; in the host merge the duplicate customers";

    private final HostRecords host;
    private final HostLedger ledger;
    private final LinkStore links;
    private final ImportStore store;
    private final Clock clock;

    ContactImporter(HostRecords host, HostLedger ledger, LinkStore links, ImportStore store, Clock clock) {
        this.host = host;
        this.ledger = ledger;
        this.links = links;
        this.store = store;
        this.clock = clock;
    }

    Counts customers(ImportContext ctx, HostContacts contacts, List<? extends JsonNode> page) {
        Counts counts = Counts.zero();
        for (JsonNode c : page) {
            String qboId = c.path("Id").asText();
            try {
                Optional<String> linked = links.hostId(ctx.tenant(), RecordType.CUSTOMER, qboId);
                Match m = Matcher.match(linked.orElse(null),
                        NameKey.email(c.path("PrimaryEmailAddr").path("Address").asText(null)),
                        List.of(NameKey.name(c.path("DisplayName").asText(null), contacts.cap100())),
                        contacts::byEmail, contacts::byName, id -> free(ctx, RecordType.CUSTOMER, id));
                counts = apply(ctx, RecordType.CUSTOMER, c, m, counts, () -> ledger.upsertCustomer(ctx.tenant(),
                        ImportMapper.customer(c, null)));
            } catch (RuntimeException e) {
                counts = failed(ctx, ImportKind.CUSTOMER, c, e, counts);
            }
        }
        return counts;
    }

    Counts projects(ImportContext ctx, HostContacts contacts, List<? extends JsonNode> page) {
        Counts counts = Counts.zero();
        for (JsonNode job : page) {
            String qboId = job.path("Id").asText();
            try {
                Optional<String> linked = links.hostId(ctx.tenant(), RecordType.PROJECT, qboId);
                Optional<String> parent = parentCustomer(ctx, job.path("ParentRef").path("value").asText());
                if (linked.isEmpty() && parent.isEmpty()) {
                    if (ctx.dryRun() && ctx.request().contacts()) {
                        counts = counts.plus(0, 1, 0, 0); // its parent would be created first
                        continue;
                    }
                    throw new LedgerBridgeException("Sub-customer " + job.path("FullyQualifiedName").asText() + ": its parent "
                            + "customer is not linked to a host customer", "Import contacts (the parent comes "
                            + "first), or link the parent under Settings → Customers, then import again");
                }
                String key = parent.map(p -> HostContacts.projectKey(p, NameKey.name(ImportMapper.ownName(job),
                        contacts.cap100()))).orElse(null);
                Match m = Matcher.match(linked.orElse(null), null, java.util.Collections.singletonList(key), e -> List.of(),
                        contacts::projects, id -> free(ctx, RecordType.PROJECT, id));
                counts = apply(ctx, RecordType.PROJECT, job, m, counts, () -> ledger.upsertProject(ctx.tenant(),
                        ImportMapper.project(job, null, parent.orElseThrow())));
            } catch (RuntimeException e) {
                counts = failed(ctx, ImportKind.PROJECT, job, e, counts);
            }
        }
        return counts;
    }

    private Counts apply(ImportContext ctx, RecordType type, JsonNode c, Match m, Counts counts,
            java.util.function.Supplier<String> create) {
        String qboId = c.path("Id").asText();
        String token = c.path("SyncToken").asText();
        switch (m.outcome()) {
            case LINK -> {
                if (!ctx.dryRun() && !"link".equals(m.rule())) {
                    links.linkImported(ctx.tenant(), RecordRef.of(type, m.id()), ctx.realmId(), qboId, token, null,
                            clock.instant());
                }
                return counts.plus(1, 0, 0, 0);
            }
            case AMBIGUOUS -> {
                if (!ctx.dryRun()) {
                    store.addAmbiguous(ctx.importId(), new AmbiguousMatch(qboId, c.path("DisplayName").asText(null),
                            c.path("PrimaryEmailAddr").path("Address").asText(null), m.rule(), m.ids().stream()
                                    .map(id -> RecordRef.of(type, id)).toList(), null), token);
                }
                return counts.plus(0, 0, 1, 0);
            }
            default -> {
                if (!c.path("Active").asBoolean(true)) {
                    return counts.plus(0, 0, 0, 0); // retired or merged away in QuickBooks: not brought back
                }
                if (!ctx.dryRun()) {
                    String hostId = create.get();
                    links.linkImported(ctx.tenant(), RecordRef.of(type, hostId), ctx.realmId(), qboId, token, null,
                            clock.instant());
                }
                return counts.plus(0, 1, 0, 0);
            }
        }
    }

    /** The host customer of a sub-customer's parent (a nested job's project's customer). */
    private Optional<String> parentCustomer(ImportContext ctx, String parentQboId) {
        Optional<String> customer = links.hostId(ctx.tenant(), RecordType.CUSTOMER, parentQboId);
        if (customer.isPresent()) {
            return customer;
        }
        return links.hostId(ctx.tenant(), RecordType.PROJECT, parentQboId)
                .flatMap(p -> host.project(ctx.tenant(), p)).map(p -> p.hostCustomerId());
    }

    private boolean free(ImportContext ctx, RecordType type, String hostId) {
        return links.find(ctx.tenant(), RecordRef.of(type, hostId)).isEmpty();
    }

    private Counts failed(ImportContext ctx, ImportKind kind, JsonNode c, RuntimeException e, Counts counts) {
        String remedy = e instanceof LedgerBridgeException l ? l.remedy() : "Check the host, then import again";
        store.addError(ctx.importId(), kind, c.path("Id").asText(), "QuickBooks " + (kind == ImportKind.PROJECT
                ? "sub-customer " : "customer ") + c.path("DisplayName").asText() + " (" + c.path("Id").asText()
                + ") was not imported: " + e.getMessage(), remedy, clock.instant());
        return counts.plus(0, 0, 0, 1);
    }
}
