package io.ledgerbridge.sandbox.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.SandboxClock;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.entity.EntityKinds;
import io.ledgerbridge.sandbox.http.Request;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.query.QueryEngine;
import io.ledgerbridge.sandbox.store.Company;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Routes {@code /v3/company/{realmId}/…} to entity operations, query, batch, CDC, CompanyInfo and Preferences. */
final class AccountingRouter {
    private final EntityService entities;
    private final BatchService batch;
    private final CdcService cdc;
    private final SandboxClock clock;

    AccountingRouter(EntityService entities, BatchService batch, CdcService cdc, SandboxClock clock) {
        this.entities = entities;
        this.batch = batch;
        this.cdc = cdc;
        this.clock = clock;
    }

    /** The success body (with {@code time}); faults are thrown as {@link QboFault}. */
    ObjectNode dispatch(Request r, Call call) {
        Company company = call.company;
        String[] seg = call.segments;
        switch (call.area()) {
            case "query" -> {
                call.operation = "query";
                String text = "GET".equals(r.method()) ? r.param("query") : utf8(r);
                ObjectNode qr = QueryEngine.run(company, text, name -> singleton(company, name));
                return envelope(company, "QueryResponse", qr);
            }
            case "batch" -> {
                call.operation = "batch";
                requirePost(r, call);
                return envelope(company, "BatchItemResponse", batch.run(company, json(r, "BatchItemRequest"), includes(r)));
            }
            case "cdc" -> {
                call.operation = "cdc";
                return envelope(company, "CDCResponse", cdc.run(company, r.paramIgnoreCase("entities"), r.paramIgnoreCase("changedSince")));
            }
            case "companyinfo" -> {
                call.operation = "read";
                call.entity = "CompanyInfo";
                if (seg.length != 2 || !seg[1].equals(company.realmId()) || !"GET".equals(r.method())) {
                    throw unsupported(r);
                }
                return envelope(company, "CompanyInfo", CompanyDocs.companyInfo(company));
            }
            case "preferences" -> {
                call.entity = "Preferences";
                if (seg.length != 1) {
                    throw unsupported(r);
                }
                if ("GET".equals(r.method())) {
                    call.operation = "read";
                    return envelope(company, "Preferences", CompanyDocs.preferences(company));
                }
                call.operation = "update";
                return envelope(company, "Preferences", CompanyDocs.updatePreferences(company, json(r, "Preferences"), clock.now()));
            }
            default -> {
                return entity(r, call);
            }
        }
    }

    private ObjectNode entity(Request r, Call call) {
        EntityKind kind = EntityKinds.byPath(call.segments[0]);
        if (kind == null) {
            throw unsupported(r);
        }
        call.entity = kind.name();
        Company company = call.company;
        String[] seg = call.segments;
        if ("GET".equals(r.method())) {
            if (seg.length != 2) {
                throw unsupported(r);
            }
            call.operation = "read";
            return envelope(company, kind.name(), entities.read(company, kind, seg[1]));
        }
        if (seg.length == 3 && "send".equals(seg[2])) {
            call.operation = "send";
            return envelope(company, kind.name(), entities.send(company, kind, seg[1], r.param("sendTo")));
        }
        if (seg.length != 1) {
            throw unsupported(r);
        }
        String operation = r.param("operation");
        Set<String> include = includes(r);
        JsonNode body = json(r, kind.name());
        if ("delete".equalsIgnoreCase(operation)) {
            call.operation = "delete";
            return envelope(company, kind.name(), entities.delete(company, kind, body));
        }
        if ("void".equalsIgnoreCase(operation) || include.contains("void")) {
            call.operation = "void";
            return envelope(company, kind.name(), entities.voidTxn(company, kind, body));
        }
        if (operation != null && !"update".equalsIgnoreCase(operation) && !"create".equalsIgnoreCase(operation)) {
            throw unsupported(r);
        }
        call.operation = body.has("Id") ? "update" : "create";
        return envelope(company, kind.name(), entities.save(company, kind, body, include.contains("allowduplicatedocnum")));
    }

    static Set<String> includes(Request r) {
        String include = r.param("include");
        if (include == null) {
            return Set.of();
        }
        return Arrays.stream(include.split(",")).map(s -> s.trim().toLowerCase()).collect(Collectors.toSet());
    }

    private ObjectNode singleton(Company company, String name) {
        return switch (name) {
            case "CompanyInfo" -> CompanyDocs.companyInfo(company);
            case "Preferences" -> CompanyDocs.preferences(company);
            default -> null;
        };
    }

    ObjectNode envelope(Company company, String key, JsonNode payload) {
        ObjectNode out = Json.object();
        out.set(key, payload);
        out.put("time", Times.envelope(clock.now(), company.settings().zone()));
        return out;
    }

    private static void requirePost(Request r, Call call) {
        if (!"POST".equals(r.method())) {
            throw unsupported(r);
        }
    }

    static QboFault unsupported(Request r) {
        String path = r.path();
        return Faults.unsupportedOperation(path, "http://127.0.0.1");
    }

    /** The body as JSON; a body that is not UTF-8 is "Unsupported Operation" (code 500), as Intuit answers. */
    private static JsonNode json(Request r, String entity) {
        String text = utf8(r);
        if (text.isBlank()) {
            throw Faults.badRequestBody("request body is empty");
        }
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw Faults.badRequestBody(e.getOriginalMessage());
        }
    }

    private static String utf8(Request r) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(r.body())).toString();
        } catch (CharacterCodingException e) {
            throw QboFault.validation("500", "Unsupported Operation",
                    "Unsupported Operation : MalformedByteSequenceException: the request body is not valid UTF-8", null);
        }
    }
}
