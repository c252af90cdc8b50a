package io.ledgerbridge.api.settings;

import io.ledgerbridge.api.Checks;
import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.host.InvoiceStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's connector settings. Read and changed through {@link io.ledgerbridge.api.SettingsOperations}; created by
 * the host's settings page (from {@link #defaults()} and {@link #toBuilder()}) or by the connector.
 * Templates use {@code {field}} placeholders and {@code {a|b}} for "a, else b"; the connector documents the fields.
 *
 * @param enabled whether anything is pushed for this tenant
 * @param notificationRecipients who gets failure digests and "reconnect required" e-mails
 * @param projectsAsSubCustomers whether projects are pushed as sub-customers (jobs)
 * @param customerDisplayNameTemplate the customer's remote display name
 * @param projectDisplayNameTemplate the project sub-customer's remote display name
 * @param docNumberTemplate the invoice's remote document number
 * @param nameClashTemplate the display name used when the plain one is taken by another name-list record
 * @param capDisplayNameAt100 whether display names are cut to 100 characters
 * @param locale how tax travels
 * @param usTaxMode how a US company receives the host's tax
 * @param defaultItemId the remote item for lines with no item mapping, or {@code null} (then a generic item)
 * @param defaultClassId the remote class for lines with no class mapping, or {@code null}
 * @param taxItemId the remote item of US tax lines, or {@code null} (then a "Sales Tax" item is found or created)
 * @param createItemsPerLine whether a remote item is created per line name (SKU = catalogue id) when unmapped
 * @param invoiceStates which host invoice states are pushed
 * @param syncStartDate invoices dated before this are skipped, or {@code null}
 * @param autoSyncInterval how often auto-sync runs, or {@code null} for manual only
 * @param maxAttempts attempts before a record is failed and reported
 */
public record ConnectorSettings(boolean enabled, List<String> notificationRecipients, boolean projectsAsSubCustomers,
        String customerDisplayNameTemplate, String projectDisplayNameTemplate, String docNumberTemplate,
        String nameClashTemplate, boolean capDisplayNameAt100, TaxLocale locale, UsTaxMode usTaxMode,
        String defaultItemId, String defaultClassId, String taxItemId, boolean createItemsPerLine,
        Set<InvoiceStatus> invoiceStates, LocalDate syncStartDate, Duration autoSyncInterval, int maxAttempts) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ConnectorSettings {
        notificationRecipients = List.copyOf(Checks.required(notificationRecipients, "notificationRecipients"));
        for (String recipient : notificationRecipients) {
            if (recipient == null || !EMAIL.matcher(recipient).matches()) {
                throw new InvalidInputException("notificationRecipients", "'" + recipient + "' is not an e-mail address",
                        "give addresses such as accounts@example.com");
            }
        }
        Checks.requiredText(customerDisplayNameTemplate, "customerDisplayNameTemplate");
        Checks.requiredText(projectDisplayNameTemplate, "projectDisplayNameTemplate");
        Checks.requiredText(docNumberTemplate, "docNumberTemplate");
        Checks.requiredText(nameClashTemplate, "nameClashTemplate");
        Checks.required(locale, "locale");
        Checks.required(usTaxMode, "usTaxMode");
        defaultItemId = Checks.blankToNull(defaultItemId);
        defaultClassId = Checks.blankToNull(defaultClassId);
        taxItemId = Checks.blankToNull(taxItemId);
        invoiceStates = Set.copyOf(Checks.required(invoiceStates, "invoiceStates"));
        if (invoiceStates.contains(InvoiceStatus.DRAFT)) {
            throw new InvalidInputException("invoiceStates", "draft invoices are never pushed",
                    "remove DRAFT from the invoice states");
        }
        if (autoSyncInterval != null && autoSyncInterval.compareTo(Duration.ofMinutes(5)) < 0) {
            throw new InvalidInputException("autoSyncInterval", "must be at least 5 minutes",
                    "choose an interval of 5 minutes or more, or turn auto-sync off");
        }
        if (maxAttempts < 1 || maxAttempts > 50) {
            throw new InvalidInputException("maxAttempts", "must be between 1 and 50", "choose 1 to 50 attempts");
        }
    }

    /** @return the settings of a tenant that has changed nothing: disabled until an administrator enables it */
    public static ConnectorSettings defaults() {
        return new ConnectorSettings(false, List.of(), true, "{companyName|contactName}", "{projectName}",
                "{invoiceNumber}", "{displayName} ({email})", false, TaxLocale.US, UsTaxMode.SEPARATE_LINE, null, null,
                null, false,
                EnumSet.of(InvoiceStatus.APPROVED, InvoiceStatus.SENT, InvoiceStatus.POSTED,
                        InvoiceStatus.PARTIALLY_PAID, InvoiceStatus.PAID, InvoiceStatus.VOIDED,
                        InvoiceStatus.WRITTEN_OFF),
                null, Duration.ofHours(1), 5);
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings and keeps the rest; {@link #build()} checks them all. */
    public static final class Builder {
        private boolean enabled;
        private List<String> notificationRecipients;
        private boolean projectsAsSubCustomers;
        private String customerDisplayNameTemplate;
        private String projectDisplayNameTemplate;
        private String docNumberTemplate;
        private String nameClashTemplate;
        private boolean capDisplayNameAt100;
        private TaxLocale locale;
        private UsTaxMode usTaxMode;
        private String defaultItemId;
        private String defaultClassId;
        private String taxItemId;
        private boolean createItemsPerLine;
        private Set<InvoiceStatus> invoiceStates;
        private LocalDate syncStartDate;
        private Duration autoSyncInterval;
        private int maxAttempts;

        private Builder(ConnectorSettings s) {
            enabled = s.enabled;
            notificationRecipients = s.notificationRecipients;
            projectsAsSubCustomers = s.projectsAsSubCustomers;
            customerDisplayNameTemplate = s.customerDisplayNameTemplate;
            projectDisplayNameTemplate = s.projectDisplayNameTemplate;
            docNumberTemplate = s.docNumberTemplate;
            nameClashTemplate = s.nameClashTemplate;
            capDisplayNameAt100 = s.capDisplayNameAt100;
            locale = s.locale;
            usTaxMode = s.usTaxMode;
            defaultItemId = s.defaultItemId;
            defaultClassId = s.defaultClassId;
            taxItemId = s.taxItemId;
            createItemsPerLine = s.createItemsPerLine;
            invoiceStates = s.invoiceStates;
            syncStartDate = s.syncStartDate;
            autoSyncInterval = s.autoSyncInterval;
            maxAttempts = s.maxAttempts;
        }

        /** @param v see {@link ConnectorSettings#enabled()} @return this */
        public Builder enabled(boolean v) { enabled = v; return this; }
        /** @param v see {@link ConnectorSettings#notificationRecipients()} @return this */
        public Builder notificationRecipients(List<String> v) { notificationRecipients = v; return this; }
        /** @param v see {@link ConnectorSettings#projectsAsSubCustomers()} @return this */
        public Builder projectsAsSubCustomers(boolean v) { projectsAsSubCustomers = v; return this; }
        /** @param v see {@link ConnectorSettings#customerDisplayNameTemplate()} @return this */
        public Builder customerDisplayNameTemplate(String v) { customerDisplayNameTemplate = v; return this; }
        /** @param v see {@link ConnectorSettings#projectDisplayNameTemplate()} @return this */
        public Builder projectDisplayNameTemplate(String v) { projectDisplayNameTemplate = v; return this; }
        /** @param v see {@link ConnectorSettings#docNumberTemplate()} @return this */
        public Builder docNumberTemplate(String v) { docNumberTemplate = v; return this; }
        /** @param v see {@link ConnectorSettings#nameClashTemplate()} @return this */
        public Builder nameClashTemplate(String v) { nameClashTemplate = v; return this; }
        /** @param v see {@link ConnectorSettings#capDisplayNameAt100()} @return this */
        public Builder capDisplayNameAt100(boolean v) { capDisplayNameAt100 = v; return this; }
        /** @param v see {@link ConnectorSettings#locale()} @return this */
        public Builder locale(TaxLocale v) { locale = v; return this; }
        /** @param v see {@link ConnectorSettings#usTaxMode()} @return this */
        public Builder usTaxMode(UsTaxMode v) { usTaxMode = v; return this; }
        /** @param v see {@link ConnectorSettings#defaultItemId()} @return this */
        public Builder defaultItemId(String v) { defaultItemId = v; return this; }
        /** @param v see {@link ConnectorSettings#defaultClassId()} @return this */
        public Builder defaultClassId(String v) { defaultClassId = v; return this; }
        /** @param v see {@link ConnectorSettings#taxItemId()} @return this */
        public Builder taxItemId(String v) { taxItemId = v; return this; }
        /** @param v see {@link ConnectorSettings#createItemsPerLine()} @return this */
        public Builder createItemsPerLine(boolean v) { createItemsPerLine = v; return this; }
        /** @param v see {@link ConnectorSettings#invoiceStates()} @return this */
        public Builder invoiceStates(Set<InvoiceStatus> v) { invoiceStates = v; return this; }
        /** @param v see {@link ConnectorSettings#syncStartDate()} @return this */
        public Builder syncStartDate(LocalDate v) { syncStartDate = v; return this; }
        /** @param v see {@link ConnectorSettings#autoSyncInterval()} @return this */
        public Builder autoSyncInterval(Duration v) { autoSyncInterval = v; return this; }
        /** @param v see {@link ConnectorSettings#maxAttempts()} @return this */
        public Builder maxAttempts(int v) { maxAttempts = v; return this; }

        /** @return the settings @throws InvalidInputException naming the first setting that is wrong */
        public ConnectorSettings build() {
            return new ConnectorSettings(enabled, notificationRecipients, projectsAsSubCustomers,
                    customerDisplayNameTemplate, projectDisplayNameTemplate, docNumberTemplate, nameClashTemplate,
                    capDisplayNameAt100, locale, usTaxMode, defaultItemId, defaultClassId, taxItemId,
                    createItemsPerLine, invoiceStates, syncStartDate, autoSyncInterval, maxAttempts);
        }
    }
}
