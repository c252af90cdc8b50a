package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.qbo.matching.CompanyCustomers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a company's consecutive turns share, read from QuickBooks once rather than once a turn: the company's facts,
 * its customers paged in for first links, and names already found. A turn is short (about one flight of batches),
 * so without it a first sync of thousands of records would count and page the company's customers again every 120
 * records. Kept for {@link #MAX_AGE} after it was read, then read afresh (QuickBooks users add customers meanwhile);
 * never shared between nodes, and forgotten when the tenant's company changes.
 */
final class CompanyCache {
    /** As long as one worker pass used to keep them, before turns. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Companies whose caches are kept at once on a node (the turns in progress, and a few more). */
    private static final int MAX_COMPANIES = 256;

    final String realmId;
    final Instant readAt;
    final Map<String, String> itemIds = new ConcurrentHashMap<>();
    final Map<String, String> vendorIds = new ConcurrentHashMap<>();
    private final Supplier<QboGateway.CompanyFacts> factsReader;
    private volatile QboGateway.CompanyFacts facts;
    private volatile CompanyCustomers companyCustomers;
    private volatile Integer companyCustomerCount;

    CompanyCache(String realmId, Instant readAt, Supplier<QboGateway.CompanyFacts> factsReader) {
        this.realmId = realmId;
        this.readAt = readAt;
        this.factsReader = factsReader;
    }

    QboGateway.CompanyFacts facts() {
        if (facts == null) {
            facts = factsReader.get();
        }
        return facts;
    }

    CompanyCustomers companyCustomers() {
        return companyCustomers;
    }

    void companyCustomers(CompanyCustomers customers) {
        this.companyCustomers = customers;
    }

    Integer companyCustomerCount() {
        return companyCustomerCount;
    }

    void companyCustomerCount(int count) {
        this.companyCustomerCount = count;
    }

    /** The caches of the companies this node works, by tenant; a turn takes its company's (fresh or kept). */
    static final class Kept {
        private final Map<String, CompanyCache> byTenant = new HashMap<>();

        /**
         * @param tenant the tenant
         * @param realmId the company it is connected to now
         * @param now the time
         * @param factsReader reads the company's facts when first needed
         * @return the company's cache: the kept one if it is for the same company and young enough, else a new one
         */
        synchronized CompanyCache take(String tenant, String realmId, Instant now,
                Supplier<QboGateway.CompanyFacts> factsReader) {
            CompanyCache kept = byTenant.get(tenant);
            if (kept != null && kept.realmId.equals(realmId) && kept.readAt.plus(MAX_AGE).isAfter(now)) {
                return kept;
            }
            if (byTenant.size() >= MAX_COMPANIES) {
                byTenant.values().removeIf(c -> !c.readAt.plus(MAX_AGE).isAfter(now));
                if (byTenant.size() >= MAX_COMPANIES) {
                    byTenant.clear(); // all young: the busiest companies read theirs again, nothing is wrong
                }
            }
            CompanyCache fresh = new CompanyCache(realmId, now, factsReader);
            byTenant.put(tenant, fresh);
            return fresh;
        }
    }
}
