package io.ledgerbridge.demo.host.ui;

import jakarta.servlet.Servlet;
import java.util.Map;

/** Registers a contribution the way Declarative Services does, for tests outside this package. */
public final class TestContributions {
    private TestContributions() {
    }

    /**
     * @param registry the registry
     * @param servlet the contributed servlet
     * @param properties its service properties
     */
    public static void bind(ContributionRegistry registry, Servlet servlet, Map<String, Object> properties) {
        registry.bind(servlet, properties);
    }
}
