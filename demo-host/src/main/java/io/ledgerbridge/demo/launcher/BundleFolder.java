package io.ledgerbridge.demo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Makes the framework's installed bundles match a list of jars, the way a deployment tool would: installs new jars,
 * updates a bundle whose jar changed since it was installed, uninstalls bundles whose jar is gone, and gives each its
 * start level and autostart setting. Runs between {@code init()} and {@code start()}, so nothing starts early.
 */
final class BundleFolder {
    private BundleFolder() {
    }

    /**
     * @param context the system bundle's context
     * @param jars the jars that should be installed
     * @return whether a bundle was updated or uninstalled (the caller refreshes the framework)
     * @throws BundleException when a jar cannot be installed or updated
     * @throws IOException when a jar's timestamp cannot be read
     */
    static boolean synchronize(BundleContext context, List<Path> jars) throws BundleException, IOException {
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != Constants.SYSTEM_BUNDLE_ID) {
                installed.put(bundle.getLocation(), bundle);
            }
        }
        boolean changed = false;
        for (Path jar : jars) {
            String location = jar.toUri().toString();
            Bundle bundle = installed.remove(location);
            if (bundle == null) {
                bundle = context.installBundle(location);
            } else if (Files.getLastModifiedTime(jar).toMillis() > bundle.getLastModified()) {
                bundle.update();
                changed = true;
            }
            bundle.adapt(BundleStartLevel.class).setStartLevel(StartLevelOrder.of(bundle).level());
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                // Below the bundle's start level this only records "start me"; the framework starts it at its level.
                bundle.start();
            }
        }
        for (Bundle stale : installed.values()) {
            stale.uninstall();
            changed = true;
        }
        return changed;
    }
}
