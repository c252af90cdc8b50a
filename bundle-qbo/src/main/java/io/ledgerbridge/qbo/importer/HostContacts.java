package io.ledgerbridge.qbo.importer;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.qbo.mapping.Adjustments;
import io.ledgerbridge.qbo.mapping.CustomerMapper;
import io.ledgerbridge.qbo.mapping.NameClash;
import io.ledgerbridge.qbo.matching.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's customers and projects as match keys, read once per import phase (ids and keys only). A customer's
 * name keys are the DisplayName the push would give it and the name-clash form the push falls back to when a vendor,
 * an employee or another customer holds that name; a project's key is its customer's id and its own name.
 */
final class HostContacts {
    private final Map<String, List<String>> byEmail = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();
    private final Map<String, List<String>> projects = new HashMap<>();
    private final boolean cap100;

    private HostContacts(boolean cap100) {
        this.cap100 = cap100;
    }

    static HostContacts load(HostRecords host, TenantId tenant, ConnectorSettings settings, boolean withProjects) {
        HostContacts index = new HostContacts(settings.capDisplayNameAt100());
        host.forEachChangedSince(tenant, RecordType.CUSTOMER, null, id -> host.customer(tenant, id)
                .ifPresent(c -> index.add(c, settings)));
        if (withProjects) {
            host.forEachChangedSince(tenant, RecordType.PROJECT, null, id -> host.project(tenant, id)
                    .ifPresent(p -> index.put(index.projects, projectKey(p.hostCustomerId(),
                            NameKey.name(p.name(), index.cap100)), p.hostProjectId())));
        }
        return index;
    }

    private void add(HostCustomer c, ConnectorSettings settings) {
        put(byEmail, NameKey.email(c.email()), c.hostCustomerId());
        String displayName = CustomerMapper.displayName(c, settings, new Adjustments());
        put(byName, NameKey.name(displayName, cap100), c.hostCustomerId());
        if (displayName != null && c.email() != null) {
            String clash = NameClash.alternative(settings.nameClashTemplate(), displayName, CustomerMapper.values(c),
                    1, CustomerMapper.displayNameLimit(settings), new Adjustments());
            put(byName, NameKey.name(clash, cap100), c.hostCustomerId());
        }
    }

    private void put(Map<String, List<String>> map, String key, String id) {
        if (key != null) {
            List<String> ids = map.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
    }

    static String projectKey(String hostCustomerId, String nameKey) {
        return nameKey == null ? null : hostCustomerId + ":" + nameKey;
    }

    List<String> byEmail(String key) {
        return byEmail.getOrDefault(key, List.of());
    }

    List<String> byName(String key) {
        return byName.getOrDefault(key, List.of());
    }

    List<String> projects(String key) {
        return key == null ? List.of() : projects.getOrDefault(key, List.of());
    }

    boolean cap100() {
        return cap100;
    }
}
