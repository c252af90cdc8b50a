/**
 * The UI contribution contract: how a connector contributes settings pages and record panels to the host's UI through
 * the service whiteboard, in the style of the Apache Felix Web Console. See
 * {@link io.ledgerbridge.api.ui.UiContribution}.
 */
@Export
@Version("1.1.0")
package io.ledgerbridge.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
