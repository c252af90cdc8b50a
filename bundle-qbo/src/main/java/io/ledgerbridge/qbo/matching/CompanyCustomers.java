package io.ledgerbridge.qbo.matching;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A compact index of a company's QuickBooks customers (inactive included), paged in once per pass so that first
 * links cost no look-up call each: per customer only its id, SyncToken, whether it is active or a job, and its
 * e-mail and name keys, never the whole entity.
 */
public final class CompanyCustomers {
    /** QuickBooks' largest page. */
    public static final int PAGE = 1000;

    /**
     * One customer as the index keeps it.
     *
     * @param id QuickBooks' id
     * @param syncToken its SyncToken
     * @param active whether it is active
     * @param job whether it is a sub-customer
     */
    public record Entry(String id, String syncToken, boolean active, boolean job) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, List<String>> byEmail = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();
    private final boolean cap100;

    private CompanyCustomers(boolean cap100) {
        this.cap100 = cap100;
    }

    /**
     * @param pages fetches the page starting at a position (1, 1001, …), ordered by Id
     * @param cap100 whether names are compared cut to 100 characters
     * @return the index of every page
     */
    public static CompanyCustomers load(IntFunction<List<? extends JsonNode>> pages, boolean cap100) {
        CompanyCustomers index = new CompanyCustomers(cap100);
        for (int start = 1; ; start += PAGE) {
            List<? extends JsonNode> page = pages.apply(start);
            page.forEach(index::add);
            if (page.size() < PAGE) {
                return index;
            }
        }
    }

    /** @param customer a QuickBooks customer as JSON; a later one with the same id replaces it */
    public void add(JsonNode customer) {
        boolean job = customer.path("Job").asBoolean(false) || customer.hasNonNull("ParentRef");
        Entry e = new Entry(customer.path("Id").asText(), customer.path("SyncToken").asText(),
                customer.path("Active").asBoolean(true), job);
        byId.put(e.id(), e);
        String email = NameKey.email(customer.path("PrimaryEmailAddr").path("Address").asText(null));
        if (email != null && !job) {
            byEmail.computeIfAbsent(email, k -> new ArrayList<>(1)).add(e.id());
        }
        String name = job ? NameKey.fullyQualified(customer.path("FullyQualifiedName").asText(null), cap100)
                : NameKey.name(customer.path("DisplayName").asText(null), cap100);
        if (name != null) {
            byName.computeIfAbsent(name, k -> new ArrayList<>(1)).add(e.id());
        }
    }

    /** @return ids of top-level customers with this e-mail key */
    public List<String> byEmail(String emailKey) {
        return byEmail.getOrDefault(emailKey, List.of());
    }

    /** @return ids of customers with this name key (sub-customers under their {@code Parent:Child} key) */
    public List<String> byName(String nameKey) {
        return byName.getOrDefault(nameKey, List.of());
    }

    /** @return the entry, or {@code null} */
    public Entry entry(String id) {
        return byId.get(id);
    }

    /** @return how many customers it holds */
    public int size() {
        return byId.size();
    }
}
