package io.ledgerbridge.sandbox.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Apps by client id. */
public final class AppRegistry {
    private final Map<String, App> apps = new ConcurrentHashMap<>();

    public void add(App app) {
        if (app.clientId == null || app.clientId.isBlank() || app.clientSecret == null) {
            throw new IllegalArgumentException("an app needs clientId and clientSecret");
        }
        apps.put(app.clientId, app);
    }

    public App get(String clientId) {
        return clientId == null ? null : apps.get(clientId);
    }

    public Collection<App> all() {
        List<App> list = new ArrayList<>(apps.values());
        list.sort((a, b) -> a.clientId.compareTo(b.clientId));
        return list;
    }

    public void clear() {
        apps.clear();
    }
}
