package io.ledgerbridge.demo.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameSitePathTest {

    @Test
    void pathsOnThisSiteAreKept() {
        assertThat(SameSitePath.orHome("/invoices/INV-1008?tab=payments")).isEqualTo("/invoices/INV-1008?tab=payments");
        assertThat(SameSitePath.orHome("/ledgerbridge/quickbooks")).isEqualTo("/ledgerbridge/quickbooks");
    }

    @Test
    void anythingABrowserCouldReadAsAnotherSiteGoesHome() {
        for (String next : new String[] {"/\\evil.example", "/\\/evil.example", "//evil.example", "/\t/evil.example",
                "/\n/evil.example", "https://evil.example/", "evil.example", "javascript:alert(1)", "", null,
                "/%zz"}) {
            assertThat(SameSitePath.orHome(next)).as(String.valueOf(next)).isEqualTo("/");
        }
    }
}
