package io.ledgerbridge.ui.page;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The pages' FreeMarker templates ({@code .ftlh}: every value is HTML-escaped unless a template says otherwise),
 * loaded from this bundle's own class loader so they resolve inside OSGi as on a plain class path. One configuration
 * for all pages; thread-safe.
 */
public final class Templates {
    private static final Configuration CONFIG = configuration();

    private Templates() {
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/io/ledgerbridge/ui/templates"));
        c.setDefaultEncoding("UTF-8");
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        // A template bug must fail the request, not print a half page with a stack trace in it.
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        return c;
    }

    /**
     * @param template the template's file name, e.g. {@code "connection.ftlh"}
     * @param model the values the template reads
     * @return the rendered HTML
     */
    public static String render(String template, Map<String, ?> model) {
        StringWriter out = new StringWriter(4096);
        try {
            CONFIG.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + template + " cannot be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
