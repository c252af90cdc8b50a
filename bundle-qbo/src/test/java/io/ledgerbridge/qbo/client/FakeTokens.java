package io.ledgerbridge.qbo.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A token source handing out {@code token-0}, then {@code token-1} after each refresh; records refreshes. */
final class FakeTokens implements AccessTokenSource {
    private volatile int generation;
    private final List<String> rejected = new CopyOnWriteArrayList<>();

    @Override
    public String currentToken() {
        return "token-" + generation;
    }

    @Override
    public synchronized String refreshAfterRejection(String rejectedToken) {
        rejected.add(rejectedToken);
        generation++;
        return currentToken();
    }

    List<String> rejected() {
        return List.copyOf(rejected);
    }
}
