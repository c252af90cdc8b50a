package io.ledgerbridge.qbo.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one matching rule of push and import, in order: an existing link; then the e-mail; then the name (each key
 * normalised by {@link NameKey}). A rule with exactly one free candidate links it; with two or more it decides
 * "ambiguous" (nothing is linked); with none the next rule is tried, and after the last the record is created.
 * Candidates already linked to another record are not free.
 */
public final class Matcher {
    private Matcher() {
    }

    /**
     * @param linked the id already linked, or {@code null}
     * @param emailKey the e-mail key, or {@code null}
     * @param nameKeys the name keys to try (the plain name first; an alternative such as the name-clash form next)
     * @param byEmail candidates by e-mail key
     * @param byName candidates by name key
     * @param free whether a candidate is not linked to another record
     * @return the decision
     */
    public static Match match(String linked, String emailKey, List<String> nameKeys,
            Function<String, List<String>> byEmail, Function<String, List<String>> byName, Predicate<String> free) {
        if (linked != null) {
            return new Match(Match.Outcome.LINK, "link", List.of(linked));
        }
        if (emailKey != null) {
            Match m = decide("email", byEmail.apply(emailKey), free);
            if (m != null) {
                return m;
            }
        }
        for (String key : nameKeys) {
            if (key != null) {
                Match m = decide("name", byName.apply(key), free);
                if (m != null) {
                    return m;
                }
            }
        }
        return Match.none();
    }

    private static Match decide(String rule, List<String> candidates, Predicate<String> free) {
        Set<String> ids = new LinkedHashSet<>();
        for (String c : candidates) {
            if (free.test(c)) {
                ids.add(c);
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        return new Match(ids.size() == 1 ? Match.Outcome.LINK : Match.Outcome.AMBIGUOUS, rule, new ArrayList<>(ids));
    }
}
