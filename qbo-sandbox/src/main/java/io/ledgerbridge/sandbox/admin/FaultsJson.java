package io.ledgerbridge.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.faults.FaultInjector;
import io.ledgerbridge.sandbox.faults.RequestFaults;
import io.ledgerbridge.sandbox.json.Json;

/**
 * The fault settings of the admin API as JSON: {@code POST /_sandbox/faults} for every company and
 * {@code POST /_sandbox/companies/{realm}/faults} for one, which share the rate faults' fields (errorRate and
 * errorStatus, slowRate and slowMillis, throttleStorm). A field of the wrong type is refused by name.
 */
final class FaultsJson {
    private FaultsJson() {
    }

    /** Sets the sandbox-wide faults named in {@code body}. */
    static void applyEveryRealm(FaultInjector f, JsonNode body) {
        if (body.has("errorRate")) {
            f.errorRate(number(body, "errorRate", 0), (int) number(body, "errorStatus", 503));
        }
        if (body.has("slowRate") || body.has("slowMillis")) {
            f.slow(number(body, "slowRate", 1.0), (long) number(body, "slowMillis", 0));
        }
        if (body.has("dropNext")) {
            f.dropNext((int) number(body, "dropNext", 0));
        }
        if (body.has("throttleNext")) {
            f.throttleNext((int) number(body, "throttleNext", 0));
        }
        JsonNode delay = body.get("webhookDelay");
        if (delay != null) {
            double min = number(delay, "minSeconds", 0);
            f.webhookDelay(number(delay, "rate", 1.0), (long) min, (long) number(delay, "maxSeconds", min));
        }
        if (body.has("webhookRepeat")) {
            f.webhookRepeat(number(body, "webhookRepeat", 0));
        }
        JsonNode stale = body.get("staleOnNextUpdate");
        if (stale != null) {
            f.staleOnNextUpdate(Json.text(stale, "realmId"), Json.text(stale, "entity"), Json.text(stale, "id"));
        }
    }

    /**
     * Sets one company's faults named in {@code body}: errorRate/errorStatus, slowRate/slowMillis and
     * {@code throttleStorm: {"rate": 1, "retryAfterSeconds": 30}} (retryAfterSeconds left out: no header). Every field is
     * checked before any is set, so a refused body changes nothing.
     */
    static void applyOneRealm(RequestFaults f, JsonNode body) {
        JsonNode storm = body.get("throttleStorm");
        if (storm != null && !storm.isObject()) {
            throw new IllegalArgumentException("throttleStorm must be an object such as {\"rate\": 1, \"retryAfterSeconds\": 30}");
        }
        double stormRate = storm == null ? 0 : number(storm, "throttleStorm.rate", "rate", 1.0);
        long retryAfter = storm == null ? RequestFaults.NO_RETRY_AFTER
                : (long) number(storm, "throttleStorm.retryAfterSeconds", "retryAfterSeconds", RequestFaults.NO_RETRY_AFTER);
        double errorRate = number(body, "errorRate", 0);
        int errorStatus = (int) number(body, "errorStatus", 503);
        double slowRate = number(body, "slowRate", 1.0);
        long slowMillis = (long) number(body, "slowMillis", 0);
        RequestFaults.check(stormRate, retryAfter, errorRate, errorStatus, slowRate, slowMillis);
        if (storm != null) {
            f.throttleStorm(stormRate, retryAfter);
        }
        if (body.has("errorRate")) {
            f.errorRate(errorRate, errorStatus);
        }
        if (body.has("slowRate") || body.has("slowMillis")) {
            f.slow(slowRate, slowMillis);
        }
    }

    /** {@code {"counts": {...}, "realms": {realm: {"faults": {...}, "counts": {...}}}}}. */
    static ObjectNode everyRealm(FaultInjector f) {
        ObjectNode out = Json.object();
        out.set("counts", Json.MAPPER.valueToTree(f.counts()));
        ObjectNode realms = out.putObject("realms");
        f.realms().forEach((realm, faults) -> realms.set(realm, oneRealm(faults)));
        return out;
    }

    /** {@code {"faults": {...settings}, "counts": {...}}} of one company. */
    static ObjectNode oneRealm(RequestFaults f) {
        ObjectNode out = Json.object();
        out.set("faults", Json.MAPPER.valueToTree(f.settings()));
        out.set("counts", Json.MAPPER.valueToTree(f.counts()));
        return out;
    }

    private static double number(JsonNode body, String field, double fallback) {
        return number(body, field, field, fallback);
    }

    private static double number(JsonNode body, String name, String field, double fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(name + " must be a number (got " + v + ")");
        }
        return v.asDouble();
    }
}
