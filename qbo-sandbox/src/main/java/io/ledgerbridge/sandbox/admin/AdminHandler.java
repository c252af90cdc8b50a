package io.ledgerbridge.sandbox.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.SandboxAdmin;
import io.ledgerbridge.sandbox.api.QboFault;
import io.ledgerbridge.sandbox.http.Handler;
import io.ledgerbridge.sandbox.http.Request;
import io.ledgerbridge.sandbox.http.Response;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.oauth.OAuthHandler;
import io.ledgerbridge.sandbox.oauth.TokenService;
import io.ledgerbridge.sandbox.seed.SeedLoader;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.webhook.WebhookDispatcher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

/** The admin JSON API under {@code /_sandbox/…} and the web view at {@code /_sandbox/ui}. See the README for the list. */
public final class AdminHandler implements Handler {
    private final SandboxAdmin admin;
    private final OAuthHandler oauth;

    public AdminHandler(SandboxAdmin admin, OAuthHandler oauth) {
        this.admin = admin;
        this.oauth = oauth;
    }

    @Override
    public Response handle(Request r) {
        String[] p = r.path().substring("/_sandbox".length()).replaceAll("^/+", "").split("/");
        try {
            JsonNode body = body(r);
            return route(r.method(), p, body, r);
        } catch (QboFault f) {
            ObjectNode out = Json.object();
            out.set("Fault", f.faultNode());
            return Response.json(f.status(), out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Response.json(400, Json.object().put("error", e.getMessage()));
        }
    }

    private Response route(String method, String[] p, JsonNode body, Request r) {
        String head = p.length == 0 ? "" : p[0];
        boolean get = "GET".equals(method);
        switch (head) {
            case "", "ui" -> {
                if (p.length > 1 && "record".equals(p[1])) {
                    return Response.text(200, "text/html;charset=utf-8", AdminUi.recordPage());
                }
                return Response.text(200, "text/html;charset=utf-8", AdminUi.page());
            }
            case "health" -> {
                return ok(Json.object().put("status", "UP"));
            }
            case "companies" -> {
                return companies(method, p, body);
            }
            case "apps" -> {
                if (get) {
                    return ok(Json.MAPPER.valueToTree(admin.apps()));
                }
                admin.registerApp(SeedLoader.app(body));
                return ok(Json.MAPPER.valueToTree(admin.app(Json.text(body, "clientId"))));
            }
            case "tokens" -> {
                TokenService.Tokens t = admin.connect(Json.text(body, "clientId"), Json.text(body, "realmId"));
                return ok(Json.object().put("token_type", "bearer").put("access_token", t.accessToken())
                        .put("expires_in", t.expiresIn()).put("refresh_token", t.refreshToken())
                        .put("x_refresh_token_expires_in", t.refreshExpiresIn()).put("realmId", t.realmId()));
            }
            case "requests" -> {
                if ("DELETE".equals(method) || (p.length > 1 && "clear".equals(p[1]))) {
                    admin.clearRequestLog();
                    return ok(Json.object().put("cleared", true));
                }
                if (p.length > 1 && "counts".equals(p[1])) {
                    return ok(admin.requestCounts());
                }
                ArrayNode list = Json.array();
                String limit = r.param("limit");
                var entries = admin.requests();
                int from = limit == null ? 0 : Math.max(0, entries.size() - Integer.parseInt(limit));
                entries.subList(from, entries.size()).forEach(e -> list.add(e.toJson()));
                return ok(list);
            }
            case "faults" -> {
                return faults(method, body);
            }
            case "clock" -> {
                if (!get) {
                    admin.advanceClock(Duration.ofMillis((long) (body.path("seconds").asDouble(0) * 1000)));
                }
                return ok(Json.object().put("now", admin.clock().now().toString()));
            }
            case "throttle" -> {
                if (!get && body.has("timeScale")) {
                    admin.timeScale(body.get("timeScale").asDouble());
                }
                return ok(admin.throttle());
            }
            case "webhooks" -> {
                ArrayNode list = Json.array();
                for (WebhookDispatcher.Delivery d : admin.webhookDeliveries()) {
                    ObjectNode o = list.addObject().put("at", d.at().toString()).put("clientId", d.clientId())
                            .put("url", d.url()).put("attempt", d.attempt()).put("status", d.status())
                            .put("error", d.error()).put("signature", d.signature())
                            .put("heldMillis", d.heldMillis()).put("repeated", d.repeated());
                    o.set("body", d.body());
                }
                return ok(list);
            }
            case "reset" -> {
                admin.reset();
                return ok(Json.object().put("reset", true));
            }
            case "snapshot" -> {
                admin.saveSnapshot();
                return ok(Json.object().put("saved", true));
            }
            case "discovery" -> {
                return ok(oauth.discovery());
            }
            default -> {
                return Response.json(404, Json.object().put("error", "no admin endpoint " + String.join("/", p)));
            }
        }
    }

    private Response companies(String method, String[] p, JsonNode body) {
        if (p.length == 1) {
            if ("GET".equals(method)) {
                ArrayNode list = Json.array();
                for (Company c : admin.companies()) {
                    list.add(SeedLoader.settingsJson(c.settings()).put("cancelled", c.cancelled()));
                }
                return ok(list);
            }
            admin.registerCompany(body);
            return ok(Json.object().put("realmId", Json.text(body, "realmId")));
        }
        String realm = p[1];
        String action = p.length > 2 ? p[2] : "";
        switch (action) {
            case "entities" -> {
                return entities(method, realm, p, body);
            }
            case "invoices" -> {
                // POST /companies/{realm}/invoices/{id}/payments {"amount": 10.00}
                return ok(admin.receivePayment(realm, p[3], new BigDecimal(body.path("amount").asText())));
            }
            case "merge" -> {
                return ok(admin.merge(realm, Json.text(body, "entity"), Json.text(body, "fromId"), Json.text(body, "toId")));
            }
            case "close-books" -> {
                admin.closeBooks(realm, LocalDate.parse(Json.text(body, "date")));
                return ok(Json.object().put("bookCloseDate", Json.text(body, "date")));
            }
            case "preferences" -> {
                admin.setPreference(realm, Json.text(body, "name"), body.path("value").asBoolean());
                return ok(Json.object().put(Json.text(body, "name"), body.path("value").asBoolean()));
            }
            case "cancel" -> {
                admin.cancelCompany(realm, body.path("cancelled").asBoolean(true));
                return ok(Json.object().put("cancelled", body.path("cancelled").asBoolean(true)));
            }
            case "faults" -> {
                return realmFaults(method, realm, body);
            }
            case "revoke-tokens" -> {
                return ok(Json.object().put("revoked", admin.revokeTokens(realm, Json.text(body, "clientId"))));
            }
            default -> {
                return Response.json(404, Json.object().put("error", "no admin endpoint for company action " + action));
            }
        }
    }

    private Response entities(String method, String realm, String[] p, JsonNode body) {
        String entity = p.length > 3 ? p[3] : null;
        if (entity == null) {
            return Response.json(400, Json.object().put("error", "name an entity: /entities/{Entity}"));
        }
        if (p.length == 4) {
            return ok(Json.MAPPER.valueToTree(admin.entities(realm, entity)));
        }
        String id = p[4];
        if (p.length == 5) {
            if ("GET".equals(method)) {
                ObjectNode e = admin.entity(realm, entity, id);
                return e == null ? Response.json(404, Json.object().put("error", entity + " " + id + " not found")) : ok(e);
            }
            return ok(admin.edit(realm, entity, id, (ObjectNode) body));
        }
        return switch (p[5]) {
            case "void" -> ok(admin.voidTransaction(realm, entity, id));
            case "delete" -> ok(admin.delete(realm, entity, id));
            default -> Response.json(404, Json.object().put("error", "unknown entity action " + p[5]));
        };
    }

    private Response faults(String method, JsonNode body) {
        var f = admin.faults();
        if ("DELETE".equals(method)) {
            f.clear();
        } else if ("POST".equals(method)) {
            FaultsJson.applyEveryRealm(f, body);
        }
        return ok(FaultsJson.everyRealm(f));
    }

    /** GET, POST or DELETE {@code /_sandbox/companies/{realm}/faults}: one company's 429 storms, 5xx and slow answers. */
    private Response realmFaults(String method, String realm, JsonNode body) {
        admin.company(realm);
        var f = admin.faults().forRealm(realm);
        if ("DELETE".equals(method)) {
            f.clear();
        } else if ("POST".equals(method)) {
            FaultsJson.applyOneRealm(f, body);
        }
        return ok(FaultsJson.oneRealm(f).put("realmId", realm));
    }

    private static JsonNode body(Request r) {
        String text = r.bodyText();
        if (text.isBlank()) {
            return Json.object();
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Response ok(JsonNode node) {
        return Response.json(200, node);
    }
}
