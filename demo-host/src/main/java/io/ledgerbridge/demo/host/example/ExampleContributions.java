package io.ledgerbridge.demo.host.example;

import io.ledgerbridge.api.ui.UiContribution;
import io.ledgerbridge.demo.host.web.Templates;
import jakarta.servlet.Servlet;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers two example contributions through the {@link UiContribution} whiteboard, exactly as a connector's UI
 * bundle would: an administrator page and a customer record panel. They show host developers what the contract looks
 * like from the contributor's side, and let the demo host's tests exercise role checks, CSRF, wrapping and
 * pass-through without the connector. Off unless the launcher is started with {@code --example-contributions}.
 */
@Component(immediate = true)
public final class ExampleContributions {
    /** Framework property that turns the examples on. */
    public static final String PROP_ENABLED = "ledgerbridge.demo.example-contributions";

    private final List<ServiceRegistration<Servlet>> registrations = new ArrayList<>();

    /**
     * @param context the bundle context to register with
     * @param templates the templates the examples render their fragments with
     */
    @Activate
    public ExampleContributions(BundleContext context, @Reference Templates templates) {
        if (!Boolean.parseBoolean(context.getProperty(PROP_ENABLED))) {
            return;
        }
        Dictionary<String, Object> page = new Hashtable<>();
        page.put(UiContribution.PROPERTY_LABEL, ExamplePage.LABEL);
        page.put(UiContribution.PROPERTY_TITLE, "Example settings page");
        page.put(UiContribution.PROPERTY_CATEGORY, "Settings/Examples");
        page.put(UiContribution.PROPERTY_ROLE, UiContribution.ROLE_ADMINISTRATOR);
        page.put(UiContribution.PROPERTY_ORDER, 10);
        registrations.add(context.registerService(Servlet.class, new ExamplePage(templates), page));

        Dictionary<String, Object> panel = new Hashtable<>();
        panel.put(UiContribution.PROPERTY_LABEL, ExamplePanel.LABEL);
        panel.put(UiContribution.PROPERTY_TITLE, "Example record panel");
        panel.put(UiContribution.PROPERTY_KIND, UiContribution.KIND_RECORD_PANEL);
        panel.put(UiContribution.PROPERTY_RECORD_TYPE, "CUSTOMER");
        panel.put(UiContribution.PROPERTY_ROLE, UiContribution.ROLE_USER);
        registrations.add(context.registerService(Servlet.class, new ExamplePanel(templates), panel));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
