package io.ledgerbridge.karaf;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.health.CompanySummary;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes tenant ids from what has been typed: one query for the first 100 tenants with that prefix. */
@Service
public class TenantCompleter implements Completer {
    static final int SUGGESTIONS = 100;

    @Reference
    AccountingConnector connector;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        StringsCompleter tenants = new StringsCompleter();
        if (typed.matches("[A-Za-z0-9._-]*")) {
            for (CompanySummary c : connector.health().companies(typed, SUGGESTIONS)) {
                tenants.getStrings().add(c.tenant().value());
            }
        }
        return tenants.complete(session, commandLine, candidates);
    }
}
