package io.ledgerbridge.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page a connector message names exists: each "Settings → …" in the connector's sources is the QuickBooks page,
 * one of its sub-pages and one of the mapping sections the pages link (issue 17 §6: "Settings → Customers" did not).
 */
class RemedyPagesTest {
    private static final Pattern MENTION = Pattern.compile("Settings → [^\"]*");
    private static final Pattern KNOWN = Pattern.compile("Settings → Integrations → QuickBooks"
            + "(?: → (?:" + String.join("|", Remedies.PAGES.keySet()) + ")(?: → (?:"
            + String.join("|", Remedies.SECTIONS.keySet()) + "))?)?(?![ →]*[A-Z])");

    @Test
    void everySettingsPageTheConnectorsMessagesNameExists() throws IOException {
        Path sources = Path.of(System.getProperty("ledgerbridge.reactor.dir", ".."), "bundle-qbo", "src", "main",
                "java");
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // Literals split over lines ("… → " + "Customer links") are read joined.
                String text = Files.readString(file).replaceAll("\"\\s*\\+\\s*\"", "");
                Matcher m = MENTION.matcher(text);
                while (m.find()) {
                    seen++;
                    if (!KNOWN.matcher(m.group()).lookingAt()) {
                        unknown.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(20);
        assertThat(unknown).isEmpty();
    }
}
