package io.ledgerbridge.sandbox.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The small web views: acting as a QuickBooks user, and one record read-only; static pages that call the admin JSON
 * API.
 */
final class AdminUi {
    private AdminUi() {
    }

    static String page() {
        return resource("/ui/admin.html");
    }

    /** The read-only view of one record (what an app's "open in QuickBooks" link shows for the sandbox). */
    static String recordPage() {
        return resource("/ui/record.html");
    }

    private static String resource(String name) {
        try (InputStream in = AdminUi.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
