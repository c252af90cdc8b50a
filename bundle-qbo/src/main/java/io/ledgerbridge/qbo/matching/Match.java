package io.ledgerbridge.qbo.matching;

import java.util.List;

/**
 * What the matcher decided for one contact.
 *
 * @param outcome linked to one candidate, none found, or more than one
 * @param rule the rule that decided ({@code "link"}, {@code "email"}, {@code "name"}), or {@code null} for none
 * @param ids the one matched id ({@code LINK}), or the candidates ({@code AMBIGUOUS}); empty for {@code NONE}
 */
public record Match(Outcome outcome, String rule, List<String> ids) {
    /** The three decisions. */
    public enum Outcome {
        /** Exactly one candidate: link it. */
        LINK,
        /** No candidate: create. */
        NONE,
        /** Two or more candidates: link nothing and let an administrator decide. */
        AMBIGUOUS
    }

    public Match {
        ids = List.copyOf(ids);
    }

    static Match none() {
        return new Match(Outcome.NONE, null, List.of());
    }

    /** @return the matched id of a {@code LINK} */
    public String id() {
        return ids.get(0);
    }
}
