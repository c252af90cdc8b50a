/**
 * The connector service a host calls: {@link io.ledgerbridge.api.AccountingConnector} and its operation groups,
 * the {@link io.ledgerbridge.api.ConnectorFactory} that hosts without OSGi load through {@link java.util.ServiceLoader},
 * and the exception family every operation throws.
 */
@Export
@Version("1.3.0")
package io.ledgerbridge.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
