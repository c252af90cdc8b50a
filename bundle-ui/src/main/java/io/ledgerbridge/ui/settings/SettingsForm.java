package io.ledgerbridge.ui.settings;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.settings.UsTaxMode;
import io.ledgerbridge.ui.page.PageContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The configuration form: every {@link ConnectorSettings} field as a form field named after it, read back into
 * settings. A refused value is named with its label, what is wrong and what to do; every refused value is found
 * (not only the first), and with any refused value there are no settings to save.
 */
public final class SettingsForm {
    /** Form field labels, in the order the page shows them. */
    static final Map<String, String> LABELS = labels();

    private SettingsForm() {
    }

    /**
     * One refused value.
     *
     * @param field the form field
     * @param label its label
     * @param problem what is wrong
     * @param remedy what to do
     */
    public record FieldError(String field, String label, String problem, String remedy) {
    }

    /**
     * What the form holds: the values as typed (to show again) and either settings or the refused values.
     *
     * @param values the values as typed, by field; booleans as {@code true}/{@code false}, invoice states as a list
     * @param settings the settings, or {@code null} when a value was refused
     * @param errors the refused values, by field
     */
    public record Result(Map<String, Object> values, ConnectorSettings settings, Map<String, FieldError> errors) {
    }

    /**
     * @param s settings
     * @return their values as the form shows them
     */
    static Map<String, Object> values(ConnectorSettings s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("enabled", s.enabled());
        v.put("notificationRecipients", String.join(", ", s.notificationRecipients()));
        v.put("projectsAsSubCustomers", s.projectsAsSubCustomers());
        v.put("customerDisplayNameTemplate", s.customerDisplayNameTemplate());
        v.put("projectDisplayNameTemplate", s.projectDisplayNameTemplate());
        v.put("docNumberTemplate", s.docNumberTemplate());
        v.put("nameClashTemplate", s.nameClashTemplate());
        v.put("capDisplayNameAt100", s.capDisplayNameAt100());
        v.put("locale", s.locale().name());
        v.put("usTaxMode", s.usTaxMode().name());
        v.put("defaultItemId", nz(s.defaultItemId()));
        v.put("defaultClassId", nz(s.defaultClassId()));
        v.put("taxItemId", nz(s.taxItemId()));
        v.put("createItemsPerLine", s.createItemsPerLine());
        v.put("invoiceStates", s.invoiceStates().stream().map(Enum::name).sorted().toList());
        v.put("syncStartDate", s.syncStartDate() == null ? "" : s.syncStartDate().toString());
        v.put("autoSyncInterval", s.autoSyncInterval() == null ? "" : Long.toString(s.autoSyncInterval().toMinutes()));
        v.put("maxAttempts", Integer.toString(s.maxAttempts()));
        return v;
    }

    /**
     * @param ctx the posted form
     * @param current the settings as stored (the base every field not in the form keeps)
     * @return the values and the settings, or the refused values
     */
    static Result read(PageContext ctx, ConnectorSettings current) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (String field : LABELS.keySet()) {
            Object was = values(current).get(field);
            if (was instanceof Boolean) {
                typed.put(field, !ctx.param(field).isEmpty());
            } else if (was instanceof List) {
                typed.put(field, ctx.params(field));
            } else {
                typed.put(field, ctx.param(field));
            }
        }
        Map<String, FieldError> errors = new LinkedHashMap<>();
        List<Setter> setters = setters(typed, errors);
        ConnectorSettings.Builder builder = current.toBuilder();
        setters.forEach(s -> s.apply(builder));
        // The records check one field at a time: put back each refused one and check again, so all are named.
        for (int round = 0; round < LABELS.size(); round++) {
            try {
                ConnectorSettings built = builder.build();
                return new Result(typed, errors.isEmpty() ? built : null, errors);
            } catch (InvalidInputException e) {
                String field = LABELS.containsKey(e.field()) ? e.field() : "enabled";
                errors.put(field, error(field, problem(e), e.remedy()));
                setters.stream().filter(s -> s.field.equals(field)).forEach(s -> s.reset(builder, current));
            }
        }
        return new Result(typed, null, errors);
    }

    private static String problem(InvalidInputException e) {
        String prefix = e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    private static FieldError error(String field, String problem, String remedy) {
        return new FieldError(field, LABELS.get(field), problem, remedy);
    }

    /** Sets one field from its typed value, or records why it cannot. */
    private record Setter(String field, Consumer<ConnectorSettings.Builder> set,
            BiConsumer<ConnectorSettings.Builder, ConnectorSettings> back) {
        void apply(ConnectorSettings.Builder b) {
            set.accept(b);
        }

        void reset(ConnectorSettings.Builder b, ConnectorSettings current) {
            back.accept(b, current);
        }
    }

    private static List<Setter> setters(Map<String, Object> v, Map<String, FieldError> errors) {
        List<Setter> out = new ArrayList<>();
        out.add(new Setter("enabled", b -> b.enabled((Boolean) v.get("enabled")), (b, c) -> b.enabled(c.enabled())));
        out.add(new Setter("notificationRecipients", b -> b.notificationRecipients(
                Arrays.stream(text(v, "notificationRecipients").split("[,;\\s]+")).filter(r -> !r.isBlank()).toList()),
                (b, c) -> b.notificationRecipients(c.notificationRecipients())));
        out.add(new Setter("projectsAsSubCustomers", b -> b.projectsAsSubCustomers(
                (Boolean) v.get("projectsAsSubCustomers")),
                (b, c) -> b.projectsAsSubCustomers(c.projectsAsSubCustomers())));
        out.add(new Setter("customerDisplayNameTemplate", b -> b.customerDisplayNameTemplate(
                text(v, "customerDisplayNameTemplate")), (b, c) -> b.customerDisplayNameTemplate(
                c.customerDisplayNameTemplate())));
        out.add(new Setter("projectDisplayNameTemplate", b -> b.projectDisplayNameTemplate(
                text(v, "projectDisplayNameTemplate")), (b, c) -> b.projectDisplayNameTemplate(
                c.projectDisplayNameTemplate())));
        out.add(new Setter("docNumberTemplate", b -> b.docNumberTemplate(text(v, "docNumberTemplate")),
                (b, c) -> b.docNumberTemplate(c.docNumberTemplate())));
        out.add(new Setter("nameClashTemplate", b -> b.nameClashTemplate(text(v, "nameClashTemplate")),
                (b, c) -> b.nameClashTemplate(c.nameClashTemplate())));
        out.add(new Setter("capDisplayNameAt100", b -> b.capDisplayNameAt100((Boolean) v.get("capDisplayNameAt100")),
                (b, c) -> b.capDisplayNameAt100(c.capDisplayNameAt100())));
        out.add(new Setter("locale", b -> {
            try {
                b.locale(TaxLocale.valueOf(text(v, "locale")));
            } catch (IllegalArgumentException e) {
                errors.put("locale", error("locale", "'" + text(v, "locale") + "' is not a tax locale",
                        "choose US, EU or Canada"));
            }
        }, (b, c) -> b.locale(c.locale())));
        out.add(new Setter("usTaxMode", b -> {
            try {
                b.usTaxMode(UsTaxMode.valueOf(text(v, "usTaxMode")));
            } catch (IllegalArgumentException e) {
                errors.put("usTaxMode", error("usTaxMode", "'" + text(v, "usTaxMode") + "' is not a US tax mode",
                        "choose a separate line or the tax override"));
            }
        }, (b, c) -> b.usTaxMode(c.usTaxMode())));
        out.add(new Setter("defaultItemId", b -> b.defaultItemId(text(v, "defaultItemId")),
                (b, c) -> b.defaultItemId(c.defaultItemId())));
        out.add(new Setter("defaultClassId", b -> b.defaultClassId(text(v, "defaultClassId")),
                (b, c) -> b.defaultClassId(c.defaultClassId())));
        out.add(new Setter("taxItemId", b -> b.taxItemId(text(v, "taxItemId")), (b, c) -> b.taxItemId(c.taxItemId())));
        out.add(new Setter("createItemsPerLine", b -> b.createItemsPerLine((Boolean) v.get("createItemsPerLine")),
                (b, c) -> b.createItemsPerLine(c.createItemsPerLine())));
        out.add(new Setter("invoiceStates", b -> b.invoiceStates(states(v, errors)),
                (b, c) -> b.invoiceStates(c.invoiceStates())));
        out.add(new Setter("syncStartDate", b -> {
            try {
                b.syncStartDate(text(v, "syncStartDate").isEmpty() ? null : LocalDate.parse(text(v, "syncStartDate")));
            } catch (DateTimeParseException e) {
                errors.put("syncStartDate", error("syncStartDate", "'" + text(v, "syncStartDate")
                        + "' is not a date", "give a date as YYYY-MM-DD, or leave it empty to sync every invoice"));
            }
        }, (b, c) -> b.syncStartDate(c.syncStartDate())));
        out.add(new Setter("autoSyncInterval", b -> {
            Integer minutes = number(v, "autoSyncInterval", errors,
                    "give the minutes between syncs, or leave it empty for manual syncs only");
            if (minutes != null || text(v, "autoSyncInterval").isEmpty()) {
                b.autoSyncInterval(minutes == null ? null : Duration.ofMinutes(minutes));
            }
        }, (b, c) -> b.autoSyncInterval(c.autoSyncInterval())));
        out.add(new Setter("maxAttempts", b -> {
            Integer attempts = number(v, "maxAttempts", errors, "choose 1 to 50 attempts");
            if (attempts != null) {
                b.maxAttempts(attempts);
            } else if (text(v, "maxAttempts").isEmpty()) {
                errors.put("maxAttempts", error("maxAttempts", "is required", "choose 1 to 50 attempts"));
            }
        }, (b, c) -> b.maxAttempts(c.maxAttempts())));
        return out;
    }

    private static Set<InvoiceStatus> states(Map<String, Object> v, Map<String, FieldError> errors) {
        Set<InvoiceStatus> states = EnumSet.noneOf(InvoiceStatus.class);
        @SuppressWarnings("unchecked")
        List<String> typed = (List<String>) v.get("invoiceStates");
        for (String s : typed) {
            try {
                states.add(InvoiceStatus.valueOf(s));
            } catch (IllegalArgumentException e) {
                errors.put("invoiceStates", error("invoiceStates", "'" + s + "' is not an invoice state",
                        "tick the states listed on this page"));
            }
        }
        return states;
    }

    private static Integer number(Map<String, Object> v, String field, Map<String, FieldError> errors,
            String remedy) {
        String t = text(v, field);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            errors.put(field, error(field, "'" + t + "' is not a whole number", remedy));
            return null;
        }
    }

    private static String text(Map<String, Object> v, String field) {
        return (String) v.get(field);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("enabled", "Sync enabled");
        l.put("notificationRecipients", "Notification recipients");
        l.put("projectsAsSubCustomers", "Projects as sub-customers");
        l.put("customerDisplayNameTemplate", "Customer DisplayName template");
        l.put("projectDisplayNameTemplate", "Project (sub-customer) DisplayName template");
        l.put("docNumberTemplate", "Invoice DocNumber template");
        l.put("nameClashTemplate", "DisplayName when the name is taken");
        l.put("capDisplayNameAt100", "Cut display names at 100 characters");
        l.put("locale", "Locale");
        l.put("usTaxMode", "US tax mode");
        l.put("defaultItemId", "Default item");
        l.put("defaultClassId", "Default class");
        l.put("taxItemId", "Sales tax item");
        l.put("createItemsPerLine", "Create an item per line name");
        l.put("invoiceStates", "Invoice states pushed");
        l.put("syncStartDate", "Sync start date");
        l.put("autoSyncInterval", "Auto-sync interval (minutes)");
        l.put("maxAttempts", "Attempts before an error");
        return java.util.Collections.unmodifiableMap(l);
    }
}
