package io.ledgerbridge.demo.host.web;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.osgi.service.component.annotations.Component;

/**
 * The demo host's FreeMarker templates: {@code .ftlh} files next to this class's package under {@code templates/},
 * loaded through this bundle's own class loader, every interpolation escaped as HTML. {@code layout.ftlh} draws the
 * chrome, {@code forms.ftlh} the form controls; contributed HTML is inserted unescaped only by the layout's
 * {@code contributed} macro.
 */
@Component(service = Templates.class)
public final class Templates {
    /** Where the templates are, on this bundle's class path. */
    public static final String ROOT = "/io/ledgerbridge/demo/host/web/templates";

    private final Configuration configuration;
    private final Formats formats = new Formats();

    /** Reads templates from {@link #ROOT} with the class loader of this bundle. */
    public Templates() {
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), ROOT);
        // the templates are in the bundle's jar: a new jar is a new bundle, so a loaded template never goes stale
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        // numbers as typed (1234.5, not "1,234.5"): amounts are formatted by Formats where they need two decimals
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
    }

    /**
     * Renders a whole template to text, so that a failing template leaves the response untouched.
     *
     * @param template the template's name under {@link #ROOT}, e.g. {@code "customer.ftlh"}
     * @param model the template's variables; {@code fmt} ({@link Formats}) is added
     * @return the rendered HTML
     * @throws IllegalStateException when the template is missing or fails, naming it
     */
    public String render(String template, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            Map<String, Object> all = new HashMap<>(model);
            all.put("fmt", formats);
            configuration.getTemplate(template).process(all, out);
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
