package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.WebhookOperations;
import io.ledgerbridge.qbo.inbound.InboundModule;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.sync.CompanyAccess.Access;
import io.ledgerbridge.qbo.testing.HostWebhookEndpoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hostile webhook bodies through the real intake over HTTP (a host's own HTTP layer in front of
 * {@link io.ledgerbridge.qbo.inbound.WebhookIntake}): forged, mangled and missing signatures, a valid signature on a
 * mutated body, replays, truncated, oversized, deeply nested and huge-array bodies, unknown companies, in both of
 * Intuit's formats. A forged body counts as accepted if it got a 2xx or left an inbox row; a signed body that is
 * malformed counts as accepted if it did either; a replay or an unknown company's body if it left a row; anything
 * answered 5xx or not answered is a crash. Each case checks the inbox's row count before and after.
 */
final class WebhookFuzz {
    private static final String REALM = SandboxEngine.REALM;
    private static final TenantId TENANT = SandboxEngine.T;
    private static final String[] ENTITIES = {"Invoice", "Payment", "Customer", "Estimate", "Account", "Bill"};

    private final NastyInputs inputs;
    private final Random random;
    private final FuzzTally tally;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<byte[]> delivered = new ArrayList<>();
    private int nextId = 1;

    WebhookFuzz(NastyInputs inputs, FuzzTally tally) {
        this.inputs = inputs;
        this.random = inputs.random();
        this.tally = tally;
        this.token = "verifier-" + Long.toHexString(random.nextLong());
    }

    void run(Path dir, int bodies) throws Exception {
        try (Database db = TestDatabase.open(dir);
                InboundModule module = new InboundModule(db, t -> null, t -> Access.open(REALM),
                        realm -> REALM.equals(realm) ? Optional.of(TENANT) : Optional.empty(), change -> { },
                        token, Duration.ofMinutes(15), Clock.systemUTC(), "fuzz", Duration.ofSeconds(1));
                HostWebhookEndpoint endpoint = new HostWebhookEndpoint(module.webhooks())) {
            URI url = URI.create(endpoint.url());
            int legit = 0;
            for (int i = 0; i < bodies; i++) {
                tally.inputs++;
                if (i % 25 == 0) {
                    legit += legit(db, url) ? 1 : 0;
                } else {
                    hostile(db, url, i);
                }
            }
            if (legit == 0 && bodies >= 25) {
                throw new IllegalStateException("no correctly signed webhook was stored: the proof proves nothing");
            }
        }
    }

    /** A correctly signed, fresh body: must be stored (it is the control that shows forged ones are refused). */
    private boolean legit(Database db, URI url) throws Exception {
        byte[] body = body(REALM, 1 + random.nextInt(3));
        long before = rows(db);
        Answer a = post(url, sign(body), body);
        delivered.add(body);
        return a.status == 200 && rows(db) > before;
    }

    private void hostile(Database db, URI url, int i) throws Exception {
        int kind = random.nextInt(12);
        byte[] body = body(REALM, 1 + random.nextInt(3));
        long before = rows(db);
        String what;
        Answer a;
        boolean forged = true;
        switch (kind) {
            case 0 -> {
                what = "no signature";
                a = post(url, null, body);
            }
            case 1 -> {
                what = "random signature";
                byte[] sig = new byte[32];
                random.nextBytes(sig);
                a = post(url, Base64.getEncoder().encodeToString(sig), body);
            }
            case 2 -> {
                what = "mangled signature";
                a = post(url, mangle(sign(body)), body);
            }
            case 3 -> {
                what = "signature of another key";
                a = post(url, sign(body, token + "x"), body);
            }
            case 4 -> {
                what = "valid signature on a mutated body";
                a = post(url, sign(body), mutate(body));
            }
            case 5 -> {
                what = "hostile signature header";
                a = post(url, inputs.text().replaceAll("[\\x00-\\x1f\\x7f]", "").replaceAll("[^\\x20-\\x7e]", "?"),
                        body);
            }
            case 6 -> {
                forged = delivered.isEmpty();
                byte[] old = forged ? body : delivered.get(random.nextInt(delivered.size()));
                what = "replay";
                a = post(url, sign(old), old);
            }
            case 7 -> {
                what = "signed, truncated";
                byte[] cut = Arrays.copyOf(body, random.nextInt(body.length));
                a = post(url, sign(cut), cut);
            }
            case 8 -> {
                what = "signed, over the size cap";
                byte[] big = oversized();
                a = post(url, random.nextBoolean() ? sign(big) : mangle(sign(big)), big);
            }
            case 9 -> {
                what = "signed, deeply nested";
                byte[] deep = nested(1_000 + random.nextInt(200_000));
                a = post(url, sign(deep), deep);
            }
            case 10 -> {
                what = "signed, huge array";
                byte[] huge = hugeArray();
                a = post(url, sign(huge), huge);
            }
            default -> {
                forged = false;
                what = "unknown company";
                byte[] other = body(inputs.text(), 1);
                a = post(url, sign(other), other);
            }
        }
        long added = rows(db) - before;
        if (a.status == 0 || a.status >= 500) {
            tally.crash("webhook #" + i + " (" + what + "): " + a.status + " " + a.message);
        } else if (forged && (a.status / 100 == 2 || added > 0)) {
            tally.forgeryAccepted("webhook #" + i + " (" + what + "): " + a.status + " " + a.message + ", rows +"
                    + added);
        } else if (!forged && added > 0) {
            tally.forgeryAccepted("webhook #" + i + " (" + what + "): left " + added + " inbox rows");
        }
    }

    /** A well-formed body in either format, naming fresh ids (so a stored copy shows as a new row). */
    private byte[] body(String realm, int changes) {
        boolean classic = random.nextBoolean();
        StringBuilder b = new StringBuilder();
        // A fixed clock: the bodies, so their signatures, so the whole run, repeat with the seed.
        Instant at = Instant.parse("2026-01-05T10:00:00Z").plusSeconds(nextId);
        String realmJson = json(realm);
        if (classic) {
            b.append("{\"eventNotifications\":[{\"realmId\":").append(realmJson)
                    .append(",\"dataChangeEvent\":{\"entities\":[");
            for (int i = 0; i < changes; i++) {
                b.append(i == 0 ? "" : ",").append("{\"name\":\"").append(ENTITIES[random.nextInt(3)])
                        .append("\",\"id\":\"").append(nextId++).append("\",\"operation\":\"")
                        .append(random.nextBoolean() ? "Create" : "Update").append("\",\"lastUpdated\":\"")
                        .append(at).append("\"}");
            }
            b.append("]}}]}");
        } else {
            b.append('[');
            for (int i = 0; i < changes; i++) {
                b.append(i == 0 ? "" : ",").append("{\"specversion\":\"1.0\",\"id\":\"").append(random.nextLong())
                        .append("\",\"source\":\"intuit.dsnBgbseACLLRZNxo2dfc4evmEJdxde58xeeYcZliOU=\",\"type\":\"qbo.")
                        .append(ENTITIES[random.nextInt(3)].toLowerCase()).append(".updated.v1\",\"time\":\"")
                        .append(at).append("\",\"intuitentityid\":\"").append(nextId++)
                        .append("\",\"intuitaccountid\":").append(realmJson).append(",\"data\":{}}");
            }
            b.append(']');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String json(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.chars().forEach(c -> b.append(c == '"' || c == '\\' || c < 0x20 ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return b.append('"').toString();
    }

    /** One change to the body: a flipped byte, a realm or id swapped, an operation turned into a delete. */
    private byte[] mutate(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> text.replace("Create", "Delete").replace("Update", "Delete").replace(".updated.", ".deleted.")
                    .getBytes(StandardCharsets.UTF_8);
            case 1 -> text.replaceFirst("\"id\":\"\\d+\"", "\"id\":\"1\"").replaceFirst("\"intuitentityid\":\"\\d+\"",
                    "\"intuitentityid\":\"1\"").getBytes(StandardCharsets.UTF_8);
            case 2 -> (text + " ").getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] copy = body.clone();
                copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
                yield copy;
            }
        };
    }

    /**
     * A signature that no longer proves the body: spaces around it or unused trailing bits of its Base64 decode to
     * the same HMAC, which is not a forgery, so such a result is mangled again.
     */
    private String mangle(String signature) {
        String mangled = signature;
        while (sameHmac(signature, mangled)) {
            mangled = mangleOnce(signature);
        }
        return mangled;
    }

    private static boolean sameHmac(String a, String b) {
        try {
            return Arrays.equals(Base64.getDecoder().decode(a.strip()), Base64.getDecoder().decode(b.strip()));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private String mangleOnce(String signature) {
        return switch (random.nextInt(5)) {
            case 0 -> signature.substring(0, random.nextInt(signature.length()));
            case 1 -> signature.toLowerCase();
            case 2 -> signature + "AAAA";
            case 3 -> "  " + signature.replace('A', 'B') + "  ";
            default -> signature.replace("=", "") + "!";
        };
    }

    private byte[] oversized() {
        byte[] head = body(REALM, 1);
        byte[] big = Arrays.copyOf(head, WebhookOperations.MAX_BODY_BYTES + 1 + random.nextInt(4096));
        Arrays.fill(big, head.length, big.length, (byte) ' ');
        return big;
    }

    private static byte[] nested(int depth) {
        StringBuilder b = new StringBuilder(depth * 2 + 40);
        b.append("{\"eventNotifications\":");
        b.append("[".repeat(depth)).append("]".repeat(depth)).append('}');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] hugeArray() {
        int n = 50_000 + random.nextInt(150_000);
        StringBuilder b = new StringBuilder(n * 3);
        b.append(random.nextBoolean() ? "{\"eventNotifications\":[" : "[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(random.nextBoolean() ? "{}" : "1");
        }
        b.append(b.charAt(0) == '{' ? "]}" : "]");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String sign(byte[] body) throws Exception {
        return sign(body, token);
    }

    private static String sign(byte[] body, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private record Answer(int status, String message) {
    }

    private Answer post(URI url, String signature, byte[] body) throws InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            r.header(WebhookOperations.SIGNATURE_HEADER, signature);
        }
        IOException failure = null;
        // Once more on a fresh connection: a pooled one the server has just closed is not the intake's doing.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (IOException e) {
                failure = e;
            }
        }
        return new Answer(0, "no answer: " + failure);
    }

    private static long rows(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM qbo_inbox")) {
            r.next();
            return r.getLong(1);
        }
    }
}
