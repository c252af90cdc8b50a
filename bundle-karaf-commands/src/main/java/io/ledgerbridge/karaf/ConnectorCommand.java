package io.ledgerbridge.karaf;

import io.ledgerbridge.api.AccountingConnector;
import io.ledgerbridge.api.LedgerBridgeException;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** What every ledgerbridge command shares: the connector service, and errors printed with their remedy. */
abstract class ConnectorCommand implements Action {
    @Reference
    AccountingConnector connector;

    /** The command's output; {@code System.out} is the session's console in Karaf's shell. */
    PrintStream out = System.out;

    @Override
    public final Object execute() {
        try {
            run();
        } catch (LedgerBridgeException e) {
            out.println("Error: " + e.getMessage() + (e.remedy() == null ? "" : " Remedy: " + e.remedy()));
        }
        return null;
    }

    abstract void run();
}
