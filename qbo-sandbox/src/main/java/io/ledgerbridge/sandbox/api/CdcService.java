package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.SandboxClock;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.entity.EntityKinds;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.store.Company;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Change data capture: every entity of the listed types changed at or after {@code changedSince} (at most 30 days
 * back), full payloads for live ones and {@code status:"Deleted"} stubs for deleted ones, 1000 objects at most.
 */
public final class CdcService {
    public static final int MAX_OBJECTS = 1000;
    public static final Duration LOOKBACK = Duration.ofDays(30);
    private static final Set<String> NOT_COVERED = Set.of("TaxCode", "TaxRate");
    private final SandboxClock clock;

    public CdcService(SandboxClock clock) {
        this.clock = clock;
    }

    ArrayNode run(Company company, String entitiesParam, String changedSinceParam) {
        if (entitiesParam == null || entitiesParam.isBlank()) {
            throw Faults.required("entities");
        }
        if (changedSinceParam == null || changedSinceParam.isBlank()) {
            throw Faults.required("changedSince");
        }
        ZoneId zone = company.settings().zone();
        // an unencoded "+" in the offset arrives as a space
        Instant since = Times.parseInstant(changedSinceParam.trim().replace(' ', '+'), zone);
        if (since == null) {
            throw Faults.invalidQuery("changedSince is not an ISO date or date-time: " + changedSinceParam);
        }
        if (since.isBefore(clock.now().minus(LOOKBACK))) {
            throw Faults.invalidQuery("changedSince must be within the last 30 days: " + changedSinceParam);
        }
        List<EntityKind> kinds = new ArrayList<>();
        for (String name : entitiesParam.split(",")) {
            EntityKind kind = EntityKinds.byPath(name.trim());
            if (kind == null) {
                throw Faults.invalidQuery("invalid entity in entities: " + name.trim());
            }
            if (!NOT_COVERED.contains(kind.name()) && !kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        List<Change> changes = new ArrayList<>();
        synchronized (company.lock()) {
            for (EntityKind kind : kinds) {
                for (ObjectNode e : company.all(kind.name())) {
                    Instant updated = Times.parseInstant(e.path("MetaData").path("LastUpdatedTime").asText(), zone);
                    if (updated != null && !updated.isBefore(since)) {
                        changes.add(new Change(kind.name(), updated, e.deepCopy()));
                    }
                }
                for (Company.Tombstone t : company.tombstones()) {
                    if (t.type().equals(kind.name()) && !t.at().isBefore(since)) {
                        ObjectNode stub = Json.object().put("domain", "QBO").put("status", "Deleted").put("Id", t.id());
                        stub.set("MetaData", Json.object().put("LastUpdatedTime", Times.meta(t.at(), zone)));
                        changes.add(new Change(kind.name(), t.at(), stub));
                    }
                }
            }
        }
        changes.sort(Comparator.comparing(Change::at));
        Map<String, ArrayNode> byType = new LinkedHashMap<>();
        kinds.forEach(k -> byType.put(k.name(), Json.array()));
        changes.stream().limit(MAX_OBJECTS).forEach(c -> byType.get(c.type()).add(c.entity()));
        ArrayNode responses = Json.array();
        byType.forEach((type, list) -> {
            if (!list.isEmpty()) {
                ObjectNode qr = Json.object();
                qr.set(type, list);
                qr.put("startPosition", 1);
                qr.put("maxResults", list.size());
                responses.add(qr);
            }
        });
        ObjectNode wrapper = Json.object();
        wrapper.set("QueryResponse", responses);
        ArrayNode out = Json.array();
        out.add(wrapper);
        return out;
    }

    private record Change(String type, Instant at, ObjectNode entity) {
    }
}
