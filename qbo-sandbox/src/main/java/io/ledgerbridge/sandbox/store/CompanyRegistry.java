package io.ledgerbridge.sandbox.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** All companies of this sandbox by realm id, and the listeners told about changes. */
public final class CompanyRegistry {
    private final Map<String, Company> companies = new ConcurrentHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    public Company get(String realmId) {
        return realmId == null ? null : companies.get(realmId);
    }

    public void add(Company company) {
        companies.put(company.realmId(), company);
    }

    public Collection<Company> all() {
        List<Company> list = new ArrayList<>(companies.values());
        list.sort((a, b) -> a.realmId().compareTo(b.realmId()));
        return list;
    }

    public void clear() {
        companies.clear();
    }

    public void addListener(ChangeListener listener) {
        listeners.add(listener);
    }

    public void fire(String realmId, String entity, String id, String operation, java.time.Instant at, String deletedId) {
        for (ChangeListener l : listeners) {
            l.changed(realmId, entity, id, operation, at, deletedId);
        }
    }
}
