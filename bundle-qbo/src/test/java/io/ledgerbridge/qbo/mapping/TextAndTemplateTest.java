package io.ledgerbridge.qbo.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextAndTemplateTest {

    @Test
    void namesLoseColonsTabsAndNewlinesAndKeepTheOriginal() {
        Adjustments adj = new Adjustments();
        assertThat(QboText.name("DisplayName", "Acme:\tWidgets\nLtd", 500, adj)).isEqualTo("Acme Widgets Ltd");
        assertThat(adj.originals()).containsEntry("DisplayName", "Acme:\tWidgets\nLtd");
    }

    /** Found by the fuzz proof: a cut by code points left 23 UTF-16 units in a 21-unit DocNumber (fault 2050). */
    @Test
    void everyFieldIsCutToItsLimitInUtf16UnitsAsQuickBooksCountsWithoutSplittingAPair() {
        Adjustments adj = new Adjustments();
        String emoji = "😀".repeat(30);
        assertThat(QboText.text("DocNumber", emoji, 21, adj)).hasSize(20).isEqualTo("😀".repeat(10));
        assertThat(QboText.text("DocNumber", "a" + emoji, 21, adj)).hasSize(21).isEqualTo("a" + "😀".repeat(10));
        assertThat(QboText.text("Description", "x".repeat(4001), QboText.DESCRIPTION, adj)).hasSize(4000);
        assertThat(adj.originals()).containsKeys("DocNumber", "Description");
    }

    /** Found by the fuzz proof: half an emoji reached QuickBooks as '?'. */
    @Test
    void halvesOfSurrogatePairsAreDroppedAndTheOriginalKept() {
        Adjustments adj = new Adjustments();
        assertThat(QboText.name("DisplayName", "Acme \uD83D Ltd \uD83D\uDE00", 500, adj)).isEqualTo("Acme Ltd \uD83D\uDE00");
        assertThat(QboText.text("Description", "\uDE00cut", 4000, adj)).isEqualTo("cut");
        assertThat(adj.originals()).containsEntry("DisplayName", "Acme \uD83D Ltd \uD83D\uDE00")
                .containsEntry("Description", "\uDE00cut");
    }

    @Test
    void unchangedValuesAreNotLogged() {
        Adjustments adj = new Adjustments();
        assertThat(QboText.text("CompanyName", "Acme", 100, adj)).isEqualTo("Acme");
        assertThat(QboText.name("DisplayName", null, 100, adj)).isNull();
        assertThat(adj.isEmpty()).isTrue();
    }

    @Test
    void templatesFillFieldsAndTakeTheFirstNonBlankAlternative() {
        Map<String, String> v = new HashMap<>();
        v.put("companyName", null);
        v.put("contactName", "Jane Doe");
        v.put("email", "jane@x.example");
        assertThat(Template.render("{companyName|contactName}", v)).isEqualTo("Jane Doe");
        v.put("companyName", "Acme");
        assertThat(Template.render("{companyName|contactName}", v)).isEqualTo("Acme");
        assertThat(Template.render("INV-{invoiceNumber}", Map.of("invoiceNumber", "42"))).isEqualTo("INV-42");
        assertThat(Template.render("{displayName} ({phone})", Map.of("displayName", "Acme"))).isEqualTo("Acme");
        assertThat(Template.render("{unknown}", Map.of())).isEmpty();
    }

    @Test
    void aClashGetsTheTemplateNameThenNumbersDeterministically() {
        Map<String, String> v = Map.of("email", "ap@acme.example", "hostId", "c7");
        Adjustments adj = new Adjustments();
        assertThat(NameClash.alternative("{displayName} ({email})", "Acme Ltd", v, 1, 500, adj))
                .isEqualTo("Acme Ltd (ap@acme.example)");
        assertThat(NameClash.alternative("{displayName} ({email})", "Acme Ltd", v, 3, 500, adj))
                .isEqualTo("Acme Ltd (ap@acme.example) 3");
        assertThat(adj.originals()).containsEntry("DisplayName", "Acme Ltd");
        // A template that renders to the same name falls back to the host id.
        assertThat(NameClash.alternative("{displayName}", "Acme Ltd", v, 1, 500, new Adjustments()))
                .isEqualTo("Acme Ltd (c7)");
        // The number survives the 100-character cap.
        assertThat(NameClash.alternative("{displayName} ({email})", "A".repeat(120), v, 2, 100, new Adjustments()))
                .hasSize(100).endsWith(" 2");
    }
}
