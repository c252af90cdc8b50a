package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.SandboxClock;
import io.ledgerbridge.sandbox.faults.FaultInjector;
import io.ledgerbridge.sandbox.http.DroppedConnection;
import io.ledgerbridge.sandbox.http.Handler;
import io.ledgerbridge.sandbox.http.Request;
import io.ledgerbridge.sandbox.http.Response;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.oauth.TokenService;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.CompanyRegistry;
import io.ledgerbridge.sandbox.throttle.Throttle;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The gateway in front of the Accounting API: injected faults, bearer-token check (401/403 in the gateway's own
 * shape), cancelled companies, throttling (429 with an XML body), {@code requestid} replay, and the request log.
 */
public final class ApiHandler implements Handler {
    private static final String PREFIX = "/v3/company/";
    private final CompanyRegistry companies;
    private final TokenService tokens;
    private final Throttle throttle;
    private final FaultInjector faults;
    private final RequestLog log;
    private final RequestIdCache replays;
    private final SandboxClock clock;
    private final AccountingRouter router;

    public ApiHandler(CompanyRegistry companies, TokenService tokens, Throttle throttle, FaultInjector faults,
                      RequestLog log, RequestIdCache replays, SandboxClock clock, EntityService entities) {
        this.companies = companies;
        this.tokens = tokens;
        this.throttle = throttle;
        this.faults = faults;
        this.log = log;
        this.replays = replays;
        this.clock = clock;
        this.router = new AccountingRouter(entities, new BatchService(entities), new CdcService(clock), clock);
    }

    @Override
    public Response handle(Request r) {
        Call call = parse(r.path());
        Response response = null;
        boolean replayed = false;
        try {
            response = serve(r, call);
            replayed = response.headers().containsKey("X-Sandbox-Replayed");
            return response;
        } finally {
            int status = response == null ? 0 : response.status();
            String endpoint = r.method() + " " + (call.segments.length == 0 ? r.path() : call.area());
            log.add(clock.now(), call.realmId, r.method(), r.path(), endpoint, call.operation, call.entity, status,
                    call.faultCode, r.param("requestid"), replayed, queries(r, call));
        }
    }

    private Response serve(Request r, Call call) {
        if (!"GET".equals(r.method()) && !"POST".equals(r.method())) {
            return Response.text(405, "text/plain", "Method Not Allowed");
        }
        FaultInjector.Fired fired = faults.next(call.realmId);
        switch (fired.action()) {
            case DROP -> throw new DroppedConnection();
            case THROTTLE -> {
                call.faultCode = "3001";
                Response throttled = throttled(call);
                return fired.retryAfterSeconds() < 0 ? throttled
                        : throttled.withHeader("Retry-After", Long.toString(fired.retryAfterSeconds()));
            }
            case ERROR_5XX -> {
                return injectedError(call, fired.status());
            }
            default -> {
                // no fault this time
            }
        }
        if (call.realmId == null || call.realmId.isEmpty()) {
            return fault(call, AccountingRouter.unsupported(r));
        }
        Response denied = authenticate(r, call);
        if (denied != null) {
            return denied;
        }
        call.company = companies.get(call.realmId);
        if (call.segments.length == 0) {
            return fault(call, AccountingRouter.unsupported(r));
        }
        if (call.company.cancelled()) {
            faults.count("cancelled6190");
            return fault(call, Faults.companyCancelled());
        }
        String clientId = tokens.check(bearer(r)).grant().clientId;
        int weight = "batch".equals(call.area()) ? BatchService.size(peek(r)) : 1;
        Throttle.Permit permit = throttle.acquire(call.realmId + "|" + clientId, "batch".equals(call.area()), weight);
        if (permit == null) {
            call.faultCode = "3001";
            return throttled(call);
        }
        try (permit) {
            String requestId = r.param("requestid");
            if (requestId == null || requestId.isEmpty()) {
                return execute(r, call);
            }
            synchronized (replays.lock(call.realmId, requestId)) {
                Response first = replays.get(call.realmId, requestId);
                if (first != null) {
                    call.operation = "replay";
                    var kind = io.ledgerbridge.sandbox.entity.EntityKinds.byPath(call.area());
                    call.entity = kind == null ? null : kind.name();
                    return first.withHeader("X-Sandbox-Replayed", "true");
                }
                Response response = execute(r, call);
                replays.put(call.realmId, requestId, response);
                return response;
            }
        }
    }

    private Response execute(Request r, Call call) {
        long delay = faults.delay(call.realmId);
        if (delay > 0) {
            try {
                Thread.sleep(delay); // an injected slow response: the server, not a test, waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            return Response.json(200, router.dispatch(r, call));
        } catch (QboFault f) {
            return fault(call, f);
        }
    }

    private Response fault(Call call, QboFault f) {
        call.faultCode = f.code();
        ObjectNode body = Json.object();
        body.set("Fault", f.faultNode());
        if (f.withTime()) {
            body.put("time", Times.envelope(clock.now(), zone(call)));
        }
        return Response.json(f.status(), body);
    }

    private Response authenticate(Request r, Call call) {
        TokenService.Check check = tokens.check(bearer(r));
        if (check.problem() != null) {
            call.faultCode = "3200";
            String detail = switch (check.problem()) {
                case "missing" -> "Authorization header is missing or is not a Bearer token";
                case "expired" -> "Token expired: " + abbreviate(bearer(r));
                case "revoked" -> "Token revoked: " + abbreviate(bearer(r));
                default -> "Malformed bearer token: the token is not recognised";
            };
            return gateway(401, "AuthenticationFailed", "003200", "3200", detail, "AUTHENTICATION")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"Intuit\", error=\"invalid_token\"");
        }
        if (!check.grant().realmId.equals(call.realmId) || companies.get(call.realmId) == null) {
            call.faultCode = "3100";
            return gateway(403, "AuthorizationFailed", "003100", "3100",
                    "The token is not authorized for company " + call.realmId, "SERVICE");
        }
        return null;
    }

    private Response gateway(int status, String what, String longCode, String code, String detail, String type) {
        ObjectNode body = Json.object();
        body.putNull("warnings");
        body.putNull("intuitObject");
        ObjectNode fault = body.putObject("fault");
        ObjectNode error = fault.putArray("error").addObject();
        error.put("message", "message=" + what + "; errorCode=" + longCode + "; statusCode=" + status);
        error.put("detail", detail);
        error.put("code", code);
        error.putNull("element");
        fault.put("type", type);
        body.putNull("report");
        body.putNull("queryResponse");
        body.putArray("batchItemResponse");
        body.putArray("attachableResponse");
        body.putNull("syncErrorResponse");
        body.putNull("requestId");
        body.put("time", clock.now().toEpochMilli());
        body.putNull("status");
        body.putArray("cdcresponse");
        return Response.json(status, body);
    }

    private Response throttled(Call call) {
        String xml = Throttle.throttledXml(Times.envelope(clock.now(), zone(call)));
        return Response.text(429, "application/xml", xml);
    }

    private Response injectedError(Call call, int status) {
        call.faultCode = "injected-" + status;
        if (status == 500) {
            return fault(call, Faults.injected5xx(500));
        }
        String title = switch (status) {
            case 502 -> "502 Bad Gateway";
            case 504 -> "504 Gateway Time-out";
            default -> "503 Service Temporarily Unavailable";
        };
        return Response.text(status, "text/html", "<html><head><title>" + title + "</title></head><body><center><h1>"
                + title + "</h1></center></body></html>");
    }

    private ZoneId zone(Call call) {
        Company c = companies.get(call.realmId);
        return c == null ? ZoneId.of("America/Los_Angeles") : c.settings().zone();
    }

    /** The statements a query call or a batch carried, for the request log (so tests can inspect what was asked). */
    private static java.util.List<String> queries(Request r, Call call) {
        if ("query".equals(call.area())) {
            String text = "GET".equals(r.method()) ? r.param("query") : r.bodyText();
            return text == null ? java.util.List.of() : java.util.List.of(text);
        }
        JsonNode batch = "batch".equals(call.area()) ? peek(r) : null;
        if (batch == null) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        batch.path("BatchItemRequest").forEach(item -> {
            if (item.path("Query").isTextual()) {
                out.add(item.path("Query").asText());
            }
        });
        return out;
    }

    private static JsonNode peek(Request r) {
        try {
            return Json.parse(r.bodyText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    static String bearer(Request r) {
        String h = r.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    private static String abbreviate(String token) {
        return token == null ? "" : token.substring(0, Math.min(token.length(), 50));
    }

    static Call parse(String path) {
        if (!path.startsWith(PREFIX)) {
            return new Call(null, new String[0]);
        }
        String[] parts = path.substring(PREFIX.length()).split("/");
        String realm = parts.length > 0 ? parts[0] : null;
        String[] rest = parts.length > 1 ? Arrays.copyOfRange(parts, 1, parts.length) : new String[0];
        return new Call(realm, rest);
    }
}
