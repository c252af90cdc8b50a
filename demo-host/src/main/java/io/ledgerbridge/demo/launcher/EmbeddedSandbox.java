package io.ledgerbridge.demo.launcher;

import io.ledgerbridge.sandbox.QboSandbox;
import java.nio.file.Path;

/**
 * Starts the local QuickBooks sandbox ({@code qbo-sandbox}) inside the launcher's JVM, outside the OSGi framework:
 * the sandbox stands for Intuit's servers, so it must not share the connector's class space (nor its Jackson).
 * Its companies are snapshotted to a file under the data folder when the demo host stops, and loaded at the next start.
 */
final class EmbeddedSandbox {
    private EmbeddedSandbox() {
    }

    /**
     * @param port the port to listen on (127.0.0.1)
     * @param snapshotFile where the sandbox keeps its state between runs
     * @return the running sandbox
     * @throws IllegalStateException when the sandbox cannot start, with the remedy
     */
    static QboSandbox start(int port, Path snapshotFile) {
        try {
            return QboSandbox.builder().port(port).snapshotFile(snapshotFile).start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The local QuickBooks sandbox did not start on port " + port + ": "
                    + e.getMessage() + ". Free the port, or start with --sandbox-port N or --no-sandbox.", e);
        }
    }
}
