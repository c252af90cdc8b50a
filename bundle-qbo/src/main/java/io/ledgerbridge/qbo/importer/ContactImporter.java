package io.ledgerbridge.qbo.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostLedger;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.AmbiguousMatch;
import io.ledgerbridge.api.sync.ImportKind;
import io.ledgerbridge.api.sync.ImportPlanEntry;
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
        Links pageLinks = new Links(ctx, RecordType.CUSTOMER, page);
        Counts counts = Counts.zero();
        for (JsonNode c : page) {
            try {
                Match m = Matcher.match(pageLinks.linked(c),
                        NameKey.email(c.path("PrimaryEmailAddr").path("Address").asText(null)),
                        List.of(NameKey.name(c.path("DisplayName").asText(null), contacts.cap100())),
                        contacts::byEmail, contacts::byName, pageLinks::free);
                counts = apply(ctx, pageLinks, c, m, counts, () -> ledger.upsertCustomer(ctx.tenant(),
                        ImportMapper.customer(c, null)));
            } catch (RuntimeException e) {
                counts = failed(ctx, ImportKind.CUSTOMER, c, e, counts);
            }
        }
        pageLinks.save();
        return counts;
    }

    Counts projects(ImportContext ctx, HostContacts contacts, List<? extends JsonNode> page) {
        Links pageLinks = new Links(ctx, RecordType.PROJECT, page);
        Counts counts = Counts.zero();
        for (JsonNode job : page) {
            try {
                String linked = pageLinks.linked(job);
                Optional<String> parent = parentCustomer(ctx, job.path("ParentRef").path("value").asText());
                if (linked == null && parent.isEmpty()) {
                    if (ctx.dryRun() && ctx.request().contacts()) {
                        store.addPlan(ctx.importId(), new ImportPlanEntry(ImportKind.PROJECT, job.path("Id").asText(),
                                job.path("DisplayName").asText(null), ImportPlanEntry.Action.CREATE, List.of()));
                        counts = counts.plus(0, 1, 0, 0); // its parent would be created first
                        continue;
                    }
                    throw new LedgerBridgeException("Sub-customer " + job.path("FullyQualifiedName").asText()
                            + ": its parent customer is not linked to a host customer", "Import contacts (the parent "
                            + "comes first), or link the parent under Settings → Integrations → QuickBooks → Mappings → "
                            + "Customer links, then import again");
                }
                String key = parent.map(p -> HostContacts.projectKey(p, NameKey.name(ImportMapper.ownName(job),
                        contacts.cap100()))).orElse(null);
                Match m = Matcher.match(linked, null, java.util.Collections.singletonList(key), e -> List.of(),
                        contacts::projects, pageLinks::free);
                counts = apply(ctx, pageLinks, job, m, counts, () -> ledger.upsertProject(ctx.tenant(),
                        ImportMapper.project(job, null, parent.orElseThrow())));
            } catch (RuntimeException e) {
                counts = failed(ctx, ImportKind.PROJECT, job, e, counts);
            }
        }
        pageLinks.save();
        return counts;
    }

    private Counts apply(ImportContext ctx, Links pageLinks, JsonNode c, Match m, Counts counts,
            java.util.function.Supplier<String> create) {
        String qboId = c.path("Id").asText();
        String token = c.path("SyncToken").asText();
        if (ctx.dryRun()) {
            plan(ctx, pageLinks.type, c, m);
        }
        switch (m.outcome()) {
            case LINK -> {
                if (!ctx.dryRun() && !"link".equals(m.rule())) {
                    pageLinks.add(m.id(), c);
                }
                return counts.plus(1, 0, 0, 0);
            }
            case AMBIGUOUS -> {
                if (!ctx.dryRun()) {
                    store.addAmbiguous(ctx.importId(), new AmbiguousMatch(qboId, c.path("DisplayName").asText(null),
                            c.path("PrimaryEmailAddr").path("Address").asText(null), m.rule(), m.ids().stream()
                                    .map(id -> RecordRef.of(pageLinks.type, id)).toList(), null), token);
                }
                return counts.plus(0, 0, 1, 0);
            }
            default -> {
                if (!c.path("Active").asBoolean(true)) {
                    return counts.plus(0, 0, 0, 0); // retired or merged away in QuickBooks: not brought back
                }
                if (!ctx.dryRun()) {
                    pageLinks.add(create.get(), c);
                }
                return counts.plus(0, 1, 0, 0);
            }
        }
    }

    /** A dry run's account of one contact: what it would do, and with which host records, by name. */
    private void plan(ImportContext ctx, RecordType type, JsonNode c, Match m) {
        ImportKind kind = type == RecordType.PROJECT ? ImportKind.PROJECT : ImportKind.CUSTOMER;
        ImportPlanEntry.Action action = switch (m.outcome()) {
            case LINK -> ImportPlanEntry.Action.LINK;
            case AMBIGUOUS -> ImportPlanEntry.Action.AMBIGUOUS;
            default -> c.path("Active").asBoolean(true) ? ImportPlanEntry.Action.CREATE : ImportPlanEntry.Action.SKIP;
        };
        List<RecordRef> hosts = switch (action) {
            case LINK -> List.of(RecordRef.of(type, m.id()));
            case AMBIGUOUS -> m.ids().stream().map(id -> RecordRef.of(type, id)).toList();
            default -> List.of();
        };
        store.addPlan(ctx.importId(), new ImportPlanEntry(kind, c.path("Id").asText(),
                c.path("DisplayName").asText(null), action, hosts));
    }

    /**
     * One page's links: those already made (read at once for the whole page) and those the page makes, written
     * together at its end. A crash before then leaves the page's new host records unlinked; the page is done again
     * and the matcher links them by e-mail or name instead of creating them twice.
     */
    private final class Links {
        private final ImportContext ctx;
        private final RecordType type;
        private final java.util.Map<String, String> existing;
        private final java.util.Set<String> taken = new java.util.HashSet<>();
        private final List<LinkStore.NewLink> made = new java.util.ArrayList<>();

        Links(ImportContext ctx, RecordType type, List<? extends JsonNode> page) {
            this.ctx = ctx;
            this.type = type;
            this.existing = links.hostIds(ctx.tenant(), ctx.realmId(), type,
                    page.stream().map(c -> c.path("Id").asText()).toList());
        }

        String linked(JsonNode c) {
            return existing.get(c.path("Id").asText());
        }

        boolean free(String hostId) {
            return !taken.contains(hostId) && links.find(ctx.tenant(), RecordRef.of(type, hostId)).isEmpty();
        }

        void add(String hostId, JsonNode c) {
            taken.add(hostId);
            made.add(new LinkStore.NewLink(RecordRef.of(type, hostId), c.path("Id").asText(),
                    c.path("SyncToken").asText(), null));
        }

        void save() {
            links.linkAll(ctx.tenant(), ctx.realmId(), made, clock.instant());
        }
    }

    /** The host customer of a sub-customer's parent (a nested job's project's customer). */
    private Optional<String> parentCustomer(ImportContext ctx, String parentQboId) {
        Optional<String> customer = links.hostId(ctx.tenant(), ctx.realmId(), RecordType.CUSTOMER, parentQboId);
        if (customer.isPresent()) {
            return customer;
        }
        return links.hostId(ctx.tenant(), ctx.realmId(), RecordType.PROJECT, parentQboId)
                .flatMap(p -> host.project(ctx.tenant(), p)).map(p -> p.hostCustomerId());
    }

    private Counts failed(ImportContext ctx, ImportKind kind, JsonNode c, RuntimeException e, Counts counts) {
        String remedy = e instanceof LedgerBridgeException l ? l.remedy() : "Check the host, then import again";
        store.addError(ctx.importId(), kind, c.path("Id").asText(), "QuickBooks " + (kind == ImportKind.PROJECT
                ? "sub-customer " : "customer ") + c.path("DisplayName").asText() + " (" + c.path("Id").asText()
                + ") was not imported: " + e.getMessage(), remedy, clock.instant());
        return counts.plus(0, 0, 0, 1);
    }
}
