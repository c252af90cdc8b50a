package io.ledgerbridge.qbo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching keys and rules, without QuickBooks. */
class MatcherTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesCompareAsQuickBooksComparesDisplayNames() {
        assertThat(NameKey.name("  Acme \t Widgets\nLtd ", false)).isEqualTo("acme widgets ltd");
        assertThat(NameKey.name("Cobalt: Consulting", false)).isEqualTo(NameKey.name("cobalt consulting", false));
        String longName = "L" + "o".repeat(150);
        assertThat(NameKey.name(longName, true)).hasSize(100).isEqualTo(NameKey.name(longName.substring(0, 100), true));
        assertThat(NameKey.name(longName, false)).hasSize(151);
        assertThat(NameKey.name(" : ", false)).isNull();
        assertThat(NameKey.email("  AP@Acme.Example ")).isEqualTo("ap@acme.example");
        assertThat(NameKey.email("  ")).isNull();
        assertThat(NameKey.fullyQualified("Cobalt  Consulting:Website PROJECT", false))
                .isEqualTo(NameKey.qualified(NameKey.name("cobalt consulting", false), "website project", false));
    }

    @Test
    void aLinkWinsThenTheEmailThenTheName() {
        Map<String, List<String>> byEmail = Map.of("a@x", List.of("h1"));
        Map<String, List<String>> byName = Map.of("acme", List.of("h2"));
        assertThat(match("h9", "a@x", "acme", byEmail, byName, Set.of())).isEqualTo(new Match(Match.Outcome.LINK,
                "link", List.of("h9")));
        assertThat(match(null, "a@x", "acme", byEmail, byName, Set.of())).isEqualTo(new Match(Match.Outcome.LINK,
                "email", List.of("h1")));
        assertThat(match(null, "b@x", "acme", byEmail, byName, Set.of())).isEqualTo(new Match(Match.Outcome.LINK,
                "name", List.of("h2")));
        assertThat(match(null, "b@x", "other", byEmail, byName, Set.of()).outcome()).isEqualTo(Match.Outcome.NONE);
    }

    @Test
    void twoFreeCandidatesAreAmbiguousAndLinkedOnesAreNotCandidates() {
        Map<String, List<String>> byEmail = Map.of("a@x", List.of("h1", "h2"));
        assertThat(match(null, "a@x", null, byEmail, Map.of(), Set.of())).isEqualTo(new Match(
                Match.Outcome.AMBIGUOUS, "email", List.of("h1", "h2")));
        assertThat(match(null, "a@x", null, byEmail, Map.of(), Set.of("h1"))).isEqualTo(new Match(
                Match.Outcome.LINK, "email", List.of("h2")));
        // Every e-mail candidate linked elsewhere: the name rule decides.
        assertThat(match(null, "a@x", "acme", byEmail, Map.of("acme", List.of("h3")), Set.of("h1", "h2")).id())
                .isEqualTo("h3");
    }

    @Test
    void theCompanyIndexKeepsKeysNotEntitiesAndSubCustomersUnderTheirQualifiedName() {
        List<ObjectNode> page = new ArrayList<>();
        page.add(customer("1", "Acme  Widgets", "AP@acme.example", true));
        page.add(customer("2", "Dormant", null, false));
        ObjectNode job = customer("3", "Website", "ap@acme.example", true).put("Job", true)
                .put("FullyQualifiedName", "Acme Widgets:Website");
        job.putObject("ParentRef").put("value", "1");
        page.add(job);
        CompanyCustomers index = CompanyCustomers.load(start -> start == 1 ? page : List.of(), false);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.byEmail("ap@acme.example")).containsExactly("1"); // a job's e-mail is its parent's
        assertThat(index.byName(NameKey.name("acme widgets", false))).containsExactly("1");
        assertThat(index.byName(NameKey.name("dormant", false))).containsExactly("2");
        assertThat(index.entry("2").active()).isFalse();
        assertThat(index.byName(NameKey.fullyQualified("Acme Widgets:Website", false))).containsExactly("3");
        assertThat(index.entry("1").syncToken()).isEqualTo("4");
    }

    private static Match match(String linked, String email, String name, Map<String, List<String>> byEmail,
            Map<String, List<String>> byName, Set<String> taken) {
        return Matcher.match(linked, email, java.util.Collections.singletonList(name),
                k -> byEmail.getOrDefault(k, List.of()), k -> byName.getOrDefault(k, List.of()),
                id -> !taken.contains(id));
    }

    private static ObjectNode customer(String id, String name, String email, boolean active) {
        ObjectNode c = JSON.createObjectNode().put("Id", id).put("SyncToken", "4").put("DisplayName", name)
                .put("Active", active);
        if (email != null) {
            c.putObject("PrimaryEmailAddr").put("Address", email);
        }
        return c;
    }
}
