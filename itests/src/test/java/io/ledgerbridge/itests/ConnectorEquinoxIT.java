package io.ledgerbridge.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import org.junit.Test;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * {@link ConnectorIT} in Eclipse Equinox (the framework of Eclipse-based hosts such as iDempiere): the same bundles
 * ACTIVE, the connector registered, an EventAdmin event reaching it and a contributed page answering over the servlet
 * whiteboard. Failsafe runs it with Equinox as the only framework on the class path.
 */
public class ConnectorEquinoxIT extends ConnectorIT {

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        // Equinox launched by EclipseStarter lends a bundle any class of the application class path that it forgot to
        // import; without that compatibility mode a missing import fails here as it would in a strict host.
        return new Option[] {LedgerBridgeOptions.runtime(LedgerBridgeOptions.freePort()),
                frameworkProperty("osgi.compatibility.bootdelegation").value("false")};
    }

    @Test
    public void theFrameworkIsEquinox() {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_ID);
        assertEquals("org.eclipse.osgi", system.getSymbolicName());
        assertEquals("false", context.getProperty("osgi.compatibility.bootdelegation"));
    }
}
