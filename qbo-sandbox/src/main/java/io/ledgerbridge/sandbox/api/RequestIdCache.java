package io.ledgerbridge.sandbox.api;

import io.ledgerbridge.sandbox.http.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code requestid} replay: the first response for a (company, requestid) pair is kept and returned again for a
 * repeat, without running the operation a second time. Intuit does not say how long ids are kept; here they are
 * kept until reset.
 */
public final class RequestIdCache {
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public Response get(String realmId, String requestId) {
        return responses.get(realmId + "\u0000" + requestId);
    }

    public void put(String realmId, String requestId, Response response) {
        responses.put(realmId + "\u0000" + requestId, response);
    }

    /** Serialises concurrent calls with the same id so the second waits and then replays. */
    public Object lock(String realmId, String requestId) {
        return locks.computeIfAbsent(realmId + "\u0000" + requestId, k -> new Object());
    }

    public void clear() {
        responses.clear();
        locks.clear();
    }
}
