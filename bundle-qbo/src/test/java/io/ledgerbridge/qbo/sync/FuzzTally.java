package io.ledgerbridge.qbo.sync;

import java.util.ArrayList;
import java.util.List;

/** The fuzz proof's counts, with the first findings of each kind described so a failure can be reproduced. */
final class FuzzTally {
    private static final int KEPT = 20;

    int inputs;
    int acceptedForged;
    int crashes;
    int injectedQueries;
    final List<String> findings = new ArrayList<>();

    void forgeryAccepted(String what) {
        acceptedForged++;
        keep("accepted forged: " + what);
    }

    void crash(String what) {
        crashes++;
        keep("crash: " + what);
    }

    void injected(String what) {
        injectedQueries++;
        keep("injected query: " + what);
    }

    private void keep(String finding) {
        if (findings.size() < KEPT) {
            findings.add(finding.length() > 400 ? finding.substring(0, 400) + "…" : finding);
        }
    }

    /** The line the proof prints, exactly as the issue asks. */
    String line() {
        return "fuzz: " + inputs + " inputs, accepted forged " + acceptedForged + ", crashes " + crashes
                + ", injected queries " + injectedQueries;
    }

    boolean clean() {
        return acceptedForged == 0 && crashes == 0 && injectedQueries == 0;
    }
}
