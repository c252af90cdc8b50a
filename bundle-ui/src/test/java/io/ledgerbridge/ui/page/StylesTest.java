package io.ledgerbridge.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StylesTest {

    @Test
    void theStylesheetGoesInFrontOfTheFragmentOnce() {
        String once = Styles.prepend("<section class=\"lb-connection\"></section>");

        assertThat(once).startsWith("<style id=\"lb-styles\">").endsWith("</style><section class=\"lb-connection\">"
                + "</section>");
        assertThat(Styles.prepend(once)).isEqualTo(once);
    }

    @Test
    void everyRuleIsScopedToAnLbClassSoNothingLeaksIntoTheHost() {
        Matcher rule = Pattern.compile("([^{}]+)\\{[^{}]*}").matcher(Styles.CSS);
        int rules = 0;
        while (rule.find()) {
            rules++;
            for (String selector : rule.group(1).split(",")) {
                assertThat(selector.trim()).as("selector").matches("^[a-z]*\\.lb-[a-z-]+.*");
            }
        }
        assertThat(rules).isGreaterThan(20);
    }

    @Test
    void thePillsHaveTheirColours() {
        assertThat(Styles.CSS).contains(".lb-pill-green{background:#dcf5e3")
                .contains(".lb-pill-amber{background:#fff1d6").contains(".lb-pill-grey{background:#eceff2");
    }
}
