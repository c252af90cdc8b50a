package io.ledgerbridge.demo.host.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.ui.UiContribution;
import jakarta.servlet.http.HttpServlet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionRegistryTest {
    private static final HostUser ADMIN = new HostUser("admin", "Ada", null, TenantId.of("demo"), true);
    private static final HostUser CLERK = new HostUser("clerk", "Carl", null, TenantId.of("demo"), false);

    private final ContributionRegistry registry = new ContributionRegistry();

    private static Map<String, Object> page(String label, String category, Object order) {
        Map<String, Object> p = new HashMap<>();
        p.put(UiContribution.PROPERTY_LABEL, label);
        p.put(UiContribution.PROPERTY_TITLE, label.toUpperCase());
        if (category != null) {
            p.put(UiContribution.PROPERTY_CATEGORY, category);
        }
        if (order != null) {
            p.put(UiContribution.PROPERTY_ORDER, order);
        }
        return p;
    }

    @Test
    void navigationGroupsByCategoryOrdersByOrderAndHidesWhatTheUserMayNotOpen() {
        registry.bind(new HttpServlet() { }, page("mappings", "Settings/Integrations", 20));
        registry.bind(new HttpServlet() { }, page("connection", "Settings/Integrations", "10"));
        registry.bind(new HttpServlet() { }, page("about", "Help", null));
        Map<String, Object> callback = page("oauth", "Settings/Integrations", 1);
        callback.put(UiContribution.PROPERTY_NAVIGATION, "false");
        registry.bind(new HttpServlet() { }, callback);
        Map<String, Object> forUsers = page("status", "Settings/Integrations", 30);
        forUsers.put(UiContribution.PROPERTY_ROLE, UiContribution.ROLE_USER);
        registry.bind(new HttpServlet() { }, forUsers);

        assertThat(registry.navigation(ADMIN)).extracting(Contribution::label)
                .containsExactly("about", "connection", "mappings", "status");
        assertThat(registry.navigation(CLERK)).extracting(Contribution::label).containsExactly("status");
        assertThat(registry.find("oauth")).as("hidden, yet mounted").isPresent();
    }

    @Test
    void panelsAreFoundByRecordTypeAndALabelIsTakenOnce() {
        Map<String, Object> panel = page("qbo-status", null, null);
        panel.put(UiContribution.PROPERTY_KIND, UiContribution.KIND_RECORD_PANEL);
        panel.put(UiContribution.PROPERTY_RECORD_TYPE, "INVOICE");
        panel.put(UiContribution.PROPERTY_ROLE, UiContribution.ROLE_USER);
        HttpServlet first = new HttpServlet() { };
        registry.bind(first, panel);
        registry.bind(new HttpServlet() { }, page("qbo-status", null, null));

        assertThat(registry.panels(CLERK, RecordType.INVOICE)).extracting(Contribution::label)
                .containsExactly("qbo-status");
        assertThat(registry.panels(CLERK, RecordType.CUSTOMER)).isEmpty();
        assertThat(registry.navigation(ADMIN)).as("a panel is not a page").isEmpty();

        registry.unbind(first, panel);
        assertThat(registry.all()).isEmpty();
    }

    @Test
    void aContributionWithoutAUsableLabelIsRefused() {
        assertThatThrownBy(() -> new Contribution(new HttpServlet() { }, page("has space", null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a URL segment");
        registry.bind(new HttpServlet() { }, new HashMap<>(Map.of(UiContribution.PROPERTY_TITLE, "No label")));
        assertThat(registry.all()).isEmpty();
    }
}
