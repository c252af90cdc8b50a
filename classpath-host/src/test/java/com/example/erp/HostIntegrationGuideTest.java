package com.example.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/host-integration.md shows the example host in full: that copy is the source this module compiles. */
class HostIntegrationGuideTest {
    private static final String SOURCE = "classpath-host/src/main/java/com/example/erp/ExampleHost.java";

    @Test
    void theGuideShowsTheExampleHostAsItCompiles() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String guide = Files.readString(root.resolve("docs/host-integration.md"));
        int marker = guide.indexOf("<!-- " + SOURCE);
        assertThat(marker).as("the guide names " + SOURCE).isNotNegative();
        int start = guide.indexOf("```java\n", marker) + "```java\n".length();
        int end = guide.indexOf("```", start);
        assertThat(guide.substring(start, end)).isEqualTo(Files.readString(root.resolve(SOURCE)));
    }
}
