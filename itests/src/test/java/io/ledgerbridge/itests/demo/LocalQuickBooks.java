package io.ledgerbridge.itests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo host's embedded local QuickBooks holds, read through its admin JSON API ({@code /_sandbox/...},
 * qbo-sandbox/README.md), as QuickBooks JSON in maps with QuickBooks' own names.
 */
public final class LocalQuickBooks {
    /** The sandbox's US company, the one the test connects. */
    public static final String US_REALM = "9130350000000001";

    private final DemoHostProcess host;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public LocalQuickBooks(DemoHostProcess host) {
        this.host = host;
    }

    /**
     * @param entity a QuickBooks entity name, e.g. {@code Customer}
     * @return every entity of the type in the US company (inactive included, deleted excluded)
     */
    public List<Map<String, Object>> entities(String entity) throws IOException, InterruptedException {
        return list(get("/_sandbox/companies/" + US_REALM + "/entities/" + entity).orElseThrow());
    }

    /**
     * @param entity a QuickBooks entity name
     * @param id its QuickBooks {@code Id}
     * @return the entity, or empty when QuickBooks has no such one (deleted, or never created)
     */
    Optional<Map<String, Object>> entity(String entity, String id) throws IOException, InterruptedException {
        return get("/_sandbox/companies/" + US_REALM + "/entities/" + entity + "/" + id).map(LocalQuickBooks::map);
    }

    /**
     * @return the request log's counts: {@code total}, {@code byEndpoint}, {@code byStatus},
     *     {@code byEndpointAndStatus}, {@code byOperation}
     */
    Map<String, Object> requestCounts() throws IOException, InterruptedException {
        return map(get("/_sandbox/requests/counts").orElseThrow());
    }

    /**
     * Receives a payment on an invoice as a QuickBooks user would (the sandbox then sends its webhook).
     *
     * @param invoiceId the QuickBooks invoice's {@code Id}
     * @param amount the amount paid
     */
    public void receivePayment(String invoiceId, BigDecimal amount) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(host.sandboxUrl("/_sandbox/companies/" + US_REALM + "/invoices/"
                + invoiceId + "/payments"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\": " + amount.toPlainString() + "}")));
    }

    /**
     * Makes every QuickBooks call slow, so a run lasts long enough to be watched; {@link #clearFaults} ends it.
     *
     * @param millis added to each call
     */
    public void slowEveryCall(int millis) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(host.sandboxUrl("/_sandbox/faults")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slowRate\":1,\"slowMillis\":" + millis + "}")));
    }

    /**
     * Edits an entity as a QuickBooks user would (the sandbox then sends its webhook).
     *
     * @param entity a QuickBooks entity name
     * @param id its {@code Id}
     * @param fieldsJson the changed fields as a JSON object
     */
    public void editAsUser(String entity, String id, String fieldsJson) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(host.sandboxUrl("/_sandbox/companies/" + US_REALM + "/entities/"
                + entity + "/" + id))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(fieldsJson)));
    }

    /**
     * Deletes an entity as a QuickBooks user would (the sandbox then sends its webhook).
     *
     * @param entity a QuickBooks entity name
     * @param id its {@code Id}
     */
    public void deleteAsUser(String entity, String id) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(host.sandboxUrl("/_sandbox/companies/" + US_REALM + "/entities/"
                + entity + "/" + id + "/delete"))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    }

    /**
     * Merges one name-list record into another as a QuickBooks user would (webhook operation Merge).
     *
     * @param entity e.g. {@code Customer}
     * @param fromId the record merged away
     * @param toId the survivor
     */
    public void mergeAsUser(String entity, String fromId, String toId) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(host.sandboxUrl("/_sandbox/companies/" + US_REALM + "/merge")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"entity\":\"" + entity + "\",\"fromId\":\"" + fromId + "\",\"toId\":\"" + toId
                                + "\"}")));
    }

    /** Ends injected faults. */
    public void clearFaults() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(host.sandboxUrl("/_sandbox/faults"))).DELETE());
    }

    private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("sandbox admin: %s", answer.body()).isEqualTo(200);
    }

    private Optional<Object> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(host.sandboxUrl(path)))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return Optional.empty();
        }
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return Optional.of(Json.parse(answer.body()));
    }

    /**
     * @param json a QuickBooks object
     * @param path property names, e.g. {@code "PrimaryEmailAddr", "Address"}
     * @return the value there, or {@code null} when a step is missing
     */
    static Object at(Object json, String... path) {
        Object at = json;
        for (String step : path) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(step);
        }
        return at;
    }

    /** @return the text there, or {@code null} */
    public static String text(Object json, String... path) {
        Object value = at(json, path);
        return value == null ? null : value.toString();
    }

    /** @return the amount there, or {@code null} */
    public static BigDecimal amount(Object json, String... path) {
        return at(json, path) instanceof BigDecimal b ? b : null;
    }

    /** @return the list there, empty when missing */
    static List<Map<String, Object>> list(Object json, String... path) {
        Object value = at(json, path);
        if (value == null) {
            return List.of();
        }
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(LocalQuickBooks::map).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        assertThat(json).isInstanceOf(Map.class);
        return (Map<String, Object>) json;
    }
}
