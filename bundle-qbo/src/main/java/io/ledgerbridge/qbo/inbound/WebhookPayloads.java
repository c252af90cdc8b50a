package io.ledgerbridge.qbo.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ledgerbridge.qbo.client.model.EntityType;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Intuit's two webhook formats into {@link ReportedChange}s: the classic
 * {@code {"eventNotifications":[{"realmId","dataChangeEvent":{"entities":[{"name","id","operation","lastUpdated",
 * "deletedId"}]}}]}} and CloudEvents (a JSON array of events with {@code type qbo.<entity>.<verb>.v1},
 * {@code intuitaccountid}, {@code intuitentityid}, {@code time}, {@code data.deletedid}). Entities LedgerBridge does
 * not link and operations it does not know are skipped; a missing or unreadable field is malformed.
 */
public final class WebhookPayloads {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookPayloads.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private WebhookPayloads() {
    }

    /**
     * @param body the raw body, already signature-checked
     * @return the watched changes it names, in order
     * @throws MalformedWebhookException naming what is wrong
     */
    public static List<ReportedChange> parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedWebhookException("the body cannot be read: " + e.getMessage());
        }
        if (root != null && root.isObject() && root.has("eventNotifications")) {
            return classic(root.get("eventNotifications"));
        }
        if (root != null && root.isArray()) {
            return cloudEvents(root);
        }
        throw new MalformedWebhookException("the body is neither {\"eventNotifications\":[...]} nor a CloudEvents "
                + "array");
    }

    private static List<ReportedChange> classic(JsonNode notifications) {
        if (!notifications.isArray()) {
            throw new MalformedWebhookException("eventNotifications must be an array");
        }
        List<ReportedChange> out = new ArrayList<>();
        for (JsonNode n : notifications) {
            String realm = text(n, "realmId", "eventNotifications[].realmId");
            JsonNode entities = n.path("dataChangeEvent").path("entities");
            if (!entities.isArray()) {
                throw new MalformedWebhookException("eventNotifications[].dataChangeEvent.entities must be an array");
            }
            for (JsonNode e : entities) {
                String where = "dataChangeEvent.entities[]";
                String name = text(e, "name", where + ".name");
                String id = text(e, "id", where + ".id");
                String operation = text(e, "operation", where + ".operation");
                Instant at = time(e, "lastUpdated", where + ".lastUpdated");
                String deletedId = e.hasNonNull("deletedId") ? e.get("deletedId").asText() : null;
                change(realm, name, id, operation(operation), at, deletedId).ifPresent(out::add);
            }
        }
        return out;
    }

    private static List<ReportedChange> cloudEvents(JsonNode events) {
        List<ReportedChange> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (!e.isObject()) {
                throw new MalformedWebhookException("each CloudEvent must be an object");
            }
            String type = text(e, "type", "type");
            String[] parts = type.split("\\.");
            if (parts.length != 4 || !"qbo".equals(parts[0])) {
                LOG.debug("Skipped a webhook event of type {}: not a QuickBooks Online entity event", type);
                continue;
            }
            String realm = text(e, "intuitaccountid", "intuitaccountid");
            String id = text(e, "intuitentityid", "intuitentityid");
            Instant at = time(e, "time", "time");
            JsonNode deleted = e.path("data").path("deletedid");
            change(realm, parts[1], id, verb(parts[2]), at, deleted.isValueNode() ? deleted.asText() : null)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** A merge names the survivor as the entity and the record merged away as {@code deletedId}. */
    private static Optional<ReportedChange> change(String realm, String name, String id,
            Optional<RemoteChange.Operation> operation, Instant at, String deletedId) {
        Optional<EntityType<?>> watched = InboundEntities.watched(name);
        if (watched.isEmpty() || operation.isEmpty()) {
            return Optional.empty();
        }
        boolean merge = operation.get() == RemoteChange.Operation.MERGE && deletedId != null && !deletedId.isBlank();
        return Optional.of(new ReportedChange(realm, watched.get().name(), merge ? deletedId : id, operation.get(), at,
                merge ? id : null));
    }

    private static Optional<RemoteChange.Operation> operation(String name) {
        try {
            return Optional.of(RemoteChange.Operation.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            LOG.debug("Skipped a webhook entity with operation {}: not one LedgerBridge knows", name);
            return Optional.empty();
        }
    }

    private static Optional<RemoteChange.Operation> verb(String verb) {
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "created" -> Optional.of(RemoteChange.Operation.CREATE);
            case "updated" -> Optional.of(RemoteChange.Operation.UPDATE);
            case "deleted" -> Optional.of(RemoteChange.Operation.DELETE);
            case "merged" -> Optional.of(RemoteChange.Operation.MERGE);
            case "voided" -> Optional.of(RemoteChange.Operation.VOID);
            case "emailed" -> Optional.of(RemoteChange.Operation.EMAILED);
            default -> operation(verb);
        };
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new MalformedWebhookException(where + " is missing");
        }
        return v.asText();
    }

    private static Instant time(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedWebhookException(where + " is not an ISO date-time: " + value);
        }
    }
}
