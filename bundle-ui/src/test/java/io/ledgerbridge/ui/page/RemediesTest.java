package io.ledgerbridge.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.ui.page.Remedies.Segment;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RemediesTest {
    static final String ROOT = "/ledgerbridge/quickbooks";

    @Test
    void pageNamesBecomeLinksToThoseSubPagesAndSections() {
        assertThat(Remedies.segments("Map it under Settings → Integrations → QuickBooks → Mappings → Tax codes, then "
                + "sync again", ROOT)).containsExactly(new Segment("Map it under ", null),
                new Segment("Settings → Integrations → QuickBooks → Mappings → Tax codes", ROOT + "/mappings#tax_code"),
                new Segment(", then sync again", null));
        assertThat(Remedies.segments("Reconnect in Settings → Integrations → QuickBooks", ROOT)).last()
                .isEqualTo(new Segment("Settings → Integrations → QuickBooks", ROOT));
        assertThat(Remedies.segments("Turn it on in Settings → Integrations → QuickBooks → Configuration", ROOT))
                .last().extracting(Segment::href).isEqualTo(ROOT + "/configuration");
        assertThat(Remedies.segments("wait 60 seconds", ROOT)).containsExactly(new Segment("wait 60 seconds", null));
        assertThat(Remedies.segments(null, ROOT)).isEmpty();
    }

    @Test
    void theStylesheetIsOneFileAndEveryRuleIsScopedToAnLbClass() throws Exception {
        String css;
        try (var in = Templates.class.getResourceAsStream("/io/ledgerbridge/ui/templates/lb.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("/\\*.*?\\*/", "");
        }
        Matcher rule = Pattern.compile("([^{}]+)\\{[^{}]*}").matcher(css);
        int rules = 0;
        while (rule.find()) {
            rules++;
            for (String selector : rule.group(1).split(",")) {
                assertThat(selector.trim()).as("selector").matches("^[a-z]*\\.lb-[a-z-]+.*");
            }
        }
        assertThat(rules).isGreaterThan(40);
        assertThat(css).contains(".lb-pill-green{background:#dcf5e3");
    }
}
