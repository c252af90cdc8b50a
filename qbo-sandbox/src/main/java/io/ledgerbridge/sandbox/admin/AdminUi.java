package io.ledgerbridge.sandbox.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small web view for acting as a QuickBooks user; a static page that calls the admin JSON API. */
final class AdminUi {
    private AdminUi() {
    }

    static String page() {
        try (InputStream in = AdminUi.class.getResourceAsStream("/ui/admin.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
