package io.ledgerbridge.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.oauth.App;
import io.ledgerbridge.sandbox.oauth.AppRegistry;
import io.ledgerbridge.sandbox.oauth.TokenService;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.CompanyRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Saves and restores every app and company (entities, numbering, deletions) to one JSON file, so a demo keeps its
 * companies across restarts, with the OAuth grants and tokens (by their hashes only), so a connected app stays
 * connected across the restart as it would with Intuit.
 */
public final class Snapshot {
    static final String FORMAT = "qbo-sandbox-snapshot/1";

    private Snapshot() {
    }

    public static void write(Path file, CompanyRegistry companies, AppRegistry apps, TokenService tokens) {
        ObjectNode root = Json.object().put("format", FORMAT);
        root.set("oauth", tokens.state());
        ArrayNode appsJson = root.putArray("apps");
        apps.all().forEach(a -> appsJson.add(Json.MAPPER.valueToTree(a)));
        ArrayNode list = root.putArray("companies");
        for (Company c : companies.all()) {
            synchronized (c.lock()) {
                ObjectNode cj = list.addObject();
                cj.set("settings", SeedLoader.settingsJson(c.settings()));
                ObjectNode entities = cj.putObject("entities");
                for (String type : c.types()) {
                    ArrayNode arr = entities.putArray(type);
                    c.all(type).forEach(e -> arr.add(e.deepCopy()));
                }
                cj.set("sequences", Json.MAPPER.valueToTree(c.sequences()));
                cj.put("addressSequence", c.addressSequence());
                ArrayNode tombs = cj.putArray("tombstones");
                c.tombstones().forEach(t -> tombs.addObject().put("type", t.type()).put("id", t.id()).put("at", t.at().toString()));
                ArrayNode voided = cj.putArray("voided");
                c.voidedKeys().forEach(voided::add);
            }
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Json.pretty(root), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write snapshot " + file, e);
        }
    }

    public static boolean isSnapshot(JsonNode node) {
        return FORMAT.equals(Json.text(node, "format"));
    }

    public static void load(JsonNode root, CompanyRegistry companies, AppRegistry apps, TokenService tokens,
            Instant now) {
        if (root.has("oauth")) {
            tokens.restore(root.get("oauth"));
        }
        for (JsonNode a : root.path("apps")) {
            apps.add(Json.convert(a, App.class));
        }
        for (JsonNode cj : root.path("companies")) {
            Company c = new Company(SeedLoader.settings(cj.get("settings")), now);
            cj.path("entities").fields().forEachRemaining(type -> {
                for (JsonNode e : type.getValue()) {
                    c.put(type.getKey(), (ObjectNode) e.deepCopy());
                }
            });
            Map<String, Long> seq = new HashMap<>();
            cj.path("sequences").fields().forEachRemaining(f -> seq.put(f.getKey(), f.getValue().asLong()));
            c.restoreCounters(seq, cj.path("addressSequence").asLong());
            for (JsonNode t : cj.path("tombstones")) {
                c.addTombstone(new Company.Tombstone(t.get("type").asText(), t.get("id").asText(), Instant.parse(t.get("at").asText())));
            }
            for (JsonNode v : cj.path("voided")) {
                String[] parts = v.asText().split(":", 2);
                c.markVoided(parts[0], parts[1]);
            }
            companies.add(c);
        }
    }
}
