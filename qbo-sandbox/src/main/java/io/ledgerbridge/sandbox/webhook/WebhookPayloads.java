package io.ledgerbridge.sandbox.webhook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two webhook bodies Intuit sends (classic {@code eventNotifications} and CloudEvents) and their signature. */
public final class WebhookPayloads {
    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private WebhookPayloads() {
    }

    /** {@code {"eventNotifications":[{"realmId",…,"dataChangeEvent":{"entities":[…]}}]}}, one notification per realm. */
    public static ObjectNode classic(List<WebhookEvent> events) {
        Map<String, ArrayNode> byRealm = new LinkedHashMap<>();
        for (WebhookEvent e : events) {
            ObjectNode entity = Json.object().put("name", e.entity()).put("id", e.id()).put("operation", e.operation())
                    .put("lastUpdated", UTC_MILLIS.format(e.at()));
            if (e.deletedId() != null) {
                entity.put("deletedId", e.deletedId());
            }
            byRealm.computeIfAbsent(e.realmId(), r -> Json.array()).add(entity);
        }
        ObjectNode root = Json.object();
        ArrayNode notifications = root.putArray("eventNotifications");
        byRealm.forEach((realm, entities) -> {
            ObjectNode n = notifications.addObject().put("realmId", realm);
            n.putObject("dataChangeEvent").set("entities", entities);
        });
        return root;
    }

    /** A JSON array of CloudEvents 1.0 objects, type {@code qbo.<entity>.<verb>.v1}. */
    public static ArrayNode cloudEvents(List<WebhookEvent> events, String appId) {
        ArrayNode out = Json.array();
        for (WebhookEvent e : events) {
            ObjectNode ce = out.addObject();
            ce.put("specversion", "1.0");
            ce.put("id", UUID.randomUUID() + "-" + e.entity() + "-" + e.id());
            ce.put("source", "intuit." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(appId.getBytes(StandardCharsets.UTF_8)));
            ce.put("type", "qbo." + e.entity().toLowerCase(Locale.ROOT) + "." + verb(e.operation()) + ".v1");
            ce.put("datacontenttype", "application/json");
            ce.put("time", e.at().toString());
            ce.put("intuitentityid", e.id());
            ce.put("intuitaccountid", e.realmId());
            ObjectNode data = ce.putObject("data");
            if (e.deletedId() != null) {
                data.put("deletedid", e.deletedId());
            }
        }
        return out;
    }

    static String verb(String operation) {
        return switch (operation) {
            case "Create" -> "created";
            case "Update" -> "updated";
            case "Delete" -> "deleted";
            case "Merge" -> "merged";
            case "Void" -> "voided";
            case "Emailed" -> "emailed";
            default -> operation.toLowerCase(Locale.ROOT);
        };
    }

    /** {@code intuit-signature}: Base64(HMAC-SHA256(verifier token, body bytes)). */
    public static String sign(String verifierToken, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(verifierToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
