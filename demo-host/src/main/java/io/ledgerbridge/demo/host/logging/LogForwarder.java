package io.ledgerbridge.demo.host.logging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies warnings and errors from the OSGi Log Service to the console (slf4j), one line each with the chain of causes
 * (the stack trace at debug level). Without it, what SCR and other bundles log through the Log Service (a component
 * that fails to activate, a missing reference) would be kept in memory and never shown. Entries logged before the
 * host started are replayed once.
 */
@Component(immediate = true)
public final class LogForwarder implements LogListener {
    private static final Logger LOG = LoggerFactory.getLogger("osgi");

    private final LogReaderService reader;
    private final List<LogEntry> early = new ArrayList<>();
    private long replayedUpTo = -1;
    private boolean replaying = true;

    /** @param reader the Log Service's reader */
    @Activate
    public LogForwarder(@Reference LogReaderService reader) {
        this.reader = reader;
        synchronized (this) {
            reader.addLogListener(this);
            List<LogEntry> history = new ArrayList<>(Collections.list(reader.getLog()));
            Collections.reverse(history);
            for (LogEntry entry : history) {
                forward(entry);
                replayedUpTo = Math.max(replayedUpTo, entry.getSequence());
            }
            early.stream().filter(e -> e.getSequence() > replayedUpTo).forEach(LogForwarder::forward);
            early.clear();
            replaying = false;
        }
    }

    @Deactivate
    void close() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        synchronized (this) {
            if (replaying) {
                early.add(entry);
                return;
            }
        }
        if (entry.getSequence() > replayedUpTo) {
            forward(entry);
        }
    }

    private static void forward(LogEntry entry) {
        if (!LogLevel.WARN.implies(entry.getLogLevel())) {
            return;
        }
        String line = "[" + (entry.getBundle() == null ? "?" : entry.getBundle().getSymbolicName()) + "] "
                + entry.getMessage() + causes(entry.getException());
        if (entry.getLogLevel() == LogLevel.WARN) {
            LOG.warn(line);
        } else {
            LOG.error(line);
        }
        if (entry.getException() != null) {
            LOG.debug("Stack trace of the above", entry.getException());
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !t.getMessage().equals("null")) {
                out.append(out.isEmpty() ? " -- " : "; ").append(t.getMessage());
            }
        }
        return out.toString();
    }
}
