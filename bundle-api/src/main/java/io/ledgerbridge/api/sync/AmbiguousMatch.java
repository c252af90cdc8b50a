package io.ledgerbridge.api.sync;

import io.ledgerbridge.api.Checks;
import java.util.List;

/**
 * A remote contact that matched more than one host customer, so the import linked nothing. The administrator picks
 * one ({@link io.ledgerbridge.api.ImportOperations#resolveMatch}) or merges the duplicates.
 *
 * @param remoteId the remote ledger's id of the contact
 * @param remoteName the contact's name in the remote ledger
 * @param remoteEmail the contact's e-mail, or {@code null}
 * @param rule the rule that matched ({@code "email"} or {@code "name"})
 * @param candidates the host records it matched, at least two
 * @param resolvedHostId the host customer an administrator chose, or {@code null} while open
 * @since 1.1
 */
public record AmbiguousMatch(String remoteId, String remoteName, String remoteEmail, String rule,
        List<RecordRef> candidates, String resolvedHostId) {
    public AmbiguousMatch {
        Checks.requiredText(remoteId, "remoteId");
        Checks.requiredText(rule, "rule");
        candidates = List.copyOf(Checks.required(candidates, "candidates"));
    }
}
