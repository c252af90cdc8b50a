/**
 * Host events: what changed in the host (identity and kind only), with the EventAdmin topic names and property keys
 * for OSGi hosts and typed {@link io.ledgerbridge.api.event.HostEvent}s for hosts without OSGi.
 */
@Export
@Version("1.0.0")
package io.ledgerbridge.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
