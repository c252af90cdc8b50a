package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostProject;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.Adjustments;
import io.ledgerbridge.qbo.mapping.CustomerMapper;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.mapping.NameClash;
import io.ledgerbridge.qbo.matching.CompanyCustomers;
import io.ledgerbridge.qbo.matching.Match;
import io.ledgerbridge.qbo.matching.Matcher;
import io.ledgerbridge.qbo.matching.NameKey;
import io.ledgerbridge.qbo.mapping.QboText;
import io.ledgerbridge.qbo.store.LinkStore;
import io.ledgerbridge.qbo.store.Outbox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes customers and projects (as sub-customers). First link only: the stored link, else a manual link mapping,
 * else the shared {@link Matcher} (e-mail, then the normalised DisplayName; inactive included; not linked to another
 * host record), else a new customer. A DisplayName taken by a vendor, an employee or
 * an unrelated customer gets the clash template's name instead of failing.
 */
final class CustomerPusher {
    private final HostRecords host;
    private final LinkStore links;
    private final Outbox outbox;
    private final EntityWriter writer;
    private final NameLists names;
    private final QboGateway qbo;
    private final Dependencies dependencies;

    CustomerPusher(HostRecords host, LinkStore links, Outbox outbox, EntityWriter writer, NameLists names,
            QboGateway qbo) {
        this.qbo = qbo;
        this.dependencies = new Dependencies(links, outbox);
        this.host = host;
        this.links = links;
        this.outbox = outbox;
        this.writer = writer;
        this.names = names;
    }

    Written pushCustomer(Pass pass, String hostCustomerId, boolean force) {
        return stepCustomer(pass, hostCustomerId, force).now();
    }

    Step stepCustomer(Pass pass, String hostCustomerId, boolean force) {
        RecordRef ref = RecordRef.of(RecordType.CUSTOMER, hostCustomerId);
        Optional<HostCustomer> found = host.customer(pass.tenant, hostCustomerId);
        if (found.isEmpty()) {
            return Step.done(Written.skipped("The customer no longer exists in the host"));
        }
        HostCustomer customer = found.get();
        if (customer.currency() != null) {
            QboGateway.CompanyFacts facts = pass.facts();
            CustomerMapper.checkCurrency(customer, facts.homeCurrency(), facts.multiCurrency());
        }
        Mapped mapped = CustomerMapper.customer(customer, pass.settings);
        ObjectNode matched = links.find(pass.tenant, ref).isPresent() ? null : firstLink(pass, customer, mapped);
        return writer.step(pass, ref, mapped, matched, attempt -> renamed(pass, customer, mapped, attempt), force);
    }

    Written pushProject(Pass pass, String hostProjectId, boolean force) {
        RecordRef ref = RecordRef.of(RecordType.PROJECT, hostProjectId);
        Optional<HostProject> found = host.project(pass.tenant, hostProjectId);
        if (found.isEmpty()) {
            return Written.skipped("The project no longer exists in the host");
        }
        if (!pass.settings.projectsAsSubCustomers()) {
            return Written.skipped("Projects are not pushed: the sub-customer setting is off");
        }
        HostProject project = found.get();
        HostCustomer customer = host.customer(pass.tenant, project.hostCustomerId())
                .orElseThrow(() -> PushFailure.stop("The project's customer " + project.hostCustomerId()
                        + " no longer exists in the host", "Move the project to an existing customer"));
        String parentId = ensureCustomer(pass, project.hostCustomerId());
        Mapped mapped = CustomerMapper.project(project, customer, parentId, pass.settings);
        ObjectNode matched = null;
        if (links.find(pass.tenant, ref).isEmpty()) {
            matched = names.byField(pass.tenant, "Customer", "DisplayName", mapped.body().path("DisplayName").asText())
                    .stream().filter(c -> parentId.equals(c.path("ParentRef").path("value").asText()))
                    .findFirst().orElse(null);
        }
        Mapped base = mapped;
        return writer.write(pass, ref, mapped, matched, attempt -> {
            Mapped m = new Mapped("Customer", base.body().deepCopy(), base.adjustments());
            m.body().put("DisplayName", NameClash.alternative(pass.settings.nameClashTemplate(),
                    base.body().path("DisplayName").asText(), java.util.Map.of("email", customer.email() == null ? ""
                            : customer.email(), "hostId", hostProjectId), attempt,
                    CustomerMapper.displayNameLimit(pass.settings), base.adjustments()));
            return m;
        }, force);
    }

    /**
     * A customer's QuickBooks id, pushing it first when it never reached QuickBooks. An invoice whose customer failed
     * waits with the customer's reason instead of failing on its own.
     */
    String ensureCustomer(Pass pass, String hostCustomerId) {
        return dependencies.ensure(pass, RecordRef.of(RecordType.CUSTOMER, hostCustomerId),
                "customer " + hostCustomerId, () -> pushCustomer(pass, hostCustomerId, false))
                .orElseThrow(() -> PushFailure.waitFor("Waiting for customer " + hostCustomerId
                        + ": it no longer exists in the host", null));
    }

    /** The QuickBooks customer to bill: the project's job when projects are sub-customers, else the customer. */
    String ensureBillTo(Pass pass, String hostCustomerId, String hostProjectId) {
        String customerId = ensureCustomer(pass, hostCustomerId);
        if (hostProjectId == null || !pass.settings.projectsAsSubCustomers()) {
            return customerId;
        }
        // A project that is not pushed (it no longer exists) bills the customer itself.
        return dependencies.ensure(pass, RecordRef.of(RecordType.PROJECT, hostProjectId), "project " + hostProjectId,
                () -> pushProject(pass, hostProjectId, false)).orElse(customerId);
    }

    /**
     * Makes the first links of the customers about to be pushed cheap. When the company's customers fit in fewer
     * pages than the look-ups would cost (two per customer: e-mail, name), they are paged once into the pass's
     * compact index; otherwise the look-ups are fetched ahead in batch query calls.
     */
    void prefetch(Pass pass, List<String> hostCustomerIds) {
        if (pass.company().companyCustomers() != null) {
            return;
        }
        List<HostCustomer> unlinked = new ArrayList<>();
        for (String id : hostCustomerIds) {
            if (links.find(pass.tenant, RecordRef.of(RecordType.CUSTOMER, id)).isPresent()
                    || pass.tables.find(MappingKind.CUSTOMER_LINK, id).isPresent()) {
                continue;
            }
            host.customer(pass.tenant, id).filter(c -> sentEmail(c) != null).ifPresent(unlinked::add);
        }
        if (unlinked.size() < 2) { // worth a call from two customers on
            return;
        }
        if (pass.company().companyCustomerCount() == null) {
            pass.company().companyCustomerCount(qbo.count(pass.tenant, ALL_CUSTOMERS));
        }
        int pages = pass.company().companyCustomerCount() / CompanyCustomers.PAGE + 1;
        if (pages < 2 * unlinked.size()) {
            pass.company().companyCustomers(CompanyCustomers.load(start -> qbo.page(pass.tenant, ALL_CUSTOMERS, start,
                    CompanyCustomers.PAGE), pass.settings.capDisplayNameAt100()));
            return;
        }
        List<QboGateway.Query> queries = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (HostCustomer customer : unlinked) {
            String name = CustomerMapper.displayName(customer, pass.settings, new Adjustments());
            String email = sentEmail(customer);
            queries.add(new QboGateway.Query("Customer", Map.of("PrimaryEmailAddr", email), true));
            keys.add(NameLists.key("Customer", "PrimaryEmailAddr", email));
            queries.add(new QboGateway.Query("Customer", Map.of("DisplayName", name), true));
            keys.add(NameLists.key("Customer", "DisplayName", name));
        }
        List<List<ObjectNode>> found = qbo.queries(pass.tenant, queries);
        for (int i = 0; i < keys.size(); i++) {
            pass.lookups.put(keys.get(i), found.get(i));
        }
    }

    private static final QboGateway.PageQuery ALL_CUSTOMERS = new QboGateway.PageQuery("Customer", List.of(), true);

    /**
     * The matcher's first link (e-mail, then name; inactive customers count, customers linked to another host record
     * do not). Two candidates link nothing: a new customer is created (product-docs 003; the remedy for the
     * duplicates is a merge in QuickBooks).
     */
    private ObjectNode firstLink(Pass pass, HostCustomer customer, Mapped mapped) {
        var manual = pass.tables.find(MappingKind.CUSTOMER_LINK, customer.hostCustomerId());
        if (manual.isPresent()) {
            return names.first(pass.tenant, "Customer", "Id", manual.get().remoteId())
                    .orElseThrow(() -> PushFailure.stop("The manually linked QuickBooks customer "
                            + manual.get().remoteId() + " does not exist",
                            "Fix or remove the customer link under Settings → Integrations → QuickBooks → "
                                    + "Mappings → Customer links"));
        }
        boolean cap = pass.settings.capDisplayNameAt100();
        String email = sentEmail(customer);
        String displayName = mapped.body().path("DisplayName").asText();
        Map<String, ObjectNode> seen = new HashMap<>();
        CompanyCustomers index = pass.company().companyCustomers();
        Match match = Matcher.match(null, NameKey.email(email), List.of(NameKey.name(displayName, cap)),
                key -> index != null ? index.byEmail(key) : ids(seen, names.byField(pass, "Customer",
                        "PrimaryEmailAddr", email).stream().filter(c -> !c.path("Job").asBoolean(false))
                        .toList()),
                name -> index != null ? index.byName(name) : ids(seen, names.byField(pass, "Customer",
                        "DisplayName", displayName)),
                id -> !links.isLinked(pass.tenant, pass.realmId, RecordType.CUSTOMER, id));
        if (match.outcome() != Match.Outcome.LINK) {
            return null;
        }
        if (index == null) {
            return seen.get(match.id());
        }
        CompanyCustomers.Entry e = index.entry(match.id());
        return JsonNodeFactory.instance.objectNode().put("Id", e.id()).put("SyncToken", e.syncToken());
    }

    private static List<String> ids(Map<String, ObjectNode> seen, List<ObjectNode> found) {
        List<String> ids = new ArrayList<>();
        for (ObjectNode c : found) {
            seen.put(c.path("Id").asText(), c);
            ids.add(c.path("Id").asText());
        }
        return ids;
    }

    /** The e-mail as the mapper sends it (cleaned and cut): the one QuickBooks can hold, so the one to look for. */
    private static String sentEmail(HostCustomer customer) {
        return customer.email() == null ? null
                : QboText.text("PrimaryEmailAddr", customer.email(), QboText.EMAIL, new Adjustments());
    }

    private Mapped renamed(Pass pass, HostCustomer customer, Mapped base, int attempt) {
        Adjustments adj = base.adjustments();
        Mapped m = new Mapped("Customer", base.body().deepCopy(), adj);
        m.body().put("DisplayName", NameClash.alternative(pass.settings.nameClashTemplate(),
                base.body().path("DisplayName").asText(), CustomerMapper.values(customer), attempt,
                CustomerMapper.displayNameLimit(pass.settings), adj));
        return m;
    }
}
