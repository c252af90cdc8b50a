package io.ledgerbridge.demo.launcher;

import org.osgi.framework.Bundle;

/**
 * The order the launcher starts bundles in. SPI Fly must weave slf4j before slf4j looks for its provider, and the
 * provider must be there before Jetty first logs (osgi-stack.md T8); the rest is resolved by DS, so it needs no
 * finer order than "infrastructure, then LedgerBridge, then the host".
 */
enum StartLevelOrder {
    /** ASM and SPI Fly. */
    WEAVING,
    /** slf4j-api and its provider. */
    LOGGING,
    /** SCR, EventAdmin, ConfigAdmin, Metatype, HTTP, JDBC. */
    INFRASTRUCTURE,
    /** The LedgerBridge bundles. */
    LEDGERBRIDGE,
    /** The demo host itself. */
    HOST;

    /** @return the bundle start level of this tier, from 1 */
    int level() {
        return ordinal() + 1;
    }

    static StartLevelOrder of(Bundle bundle) {
        return of(bundle.getSymbolicName());
    }

    static StartLevelOrder of(String symbolicName) {
        String bsn = symbolicName == null ? "" : symbolicName;
        if (bsn.startsWith("org.objectweb.asm") || bsn.startsWith("org.apache.aries.spifly")) {
            return WEAVING;
        }
        if (bsn.startsWith("slf4j.")) {
            return LOGGING;
        }
        if (bsn.equals("io.ledgerbridge.demo")) {
            return HOST;
        }
        if (bsn.startsWith("io.ledgerbridge.")) {
            return LEDGERBRIDGE;
        }
        return INFRASTRUCTURE;
    }
}
