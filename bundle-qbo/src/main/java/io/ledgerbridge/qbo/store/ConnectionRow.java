package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;

/**
 * A tenant's QuickBooks connection: its state, the company it is (or was last) connected to, and the company
 * settings read at connect time (country, tax locale, currency, custom transaction numbers, books closing date)
 * for the mapper and the sync engine. Never holds a token: those live in {@link TokenRow}.
 */
@Entity
@Table(name = "qbo_connection")
public class ConnectionRow {
    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "state", nullable = false)
    private String state;
    @Column(name = "qbo_realm_id")
    private String qboRealmId;
    /** The company while connected, {@code null} once disconnected: unique, so a company has one tenant. */
    @Column(name = "connected_realm_id")
    private String connectedRealmId;
    @Column(name = "environment")
    private String environment;
    @Column(name = "company_name")
    private String companyName;
    @Column(name = "country")
    private String country;
    @Column(name = "tax_locale")
    private String taxLocale;
    @Column(name = "home_currency")
    private String homeCurrency;
    @Column(name = "multicurrency_enabled")
    private Boolean multicurrencyEnabled;
    @Column(name = "custom_txn_numbers")
    private Boolean customTxnNumbers;
    @Column(name = "book_close_date")
    private LocalDate bookCloseDate;
    @Column(name = "message")
    private String message;
    @Column(name = "remedy")
    private String remedy;
    @Column(name = "reconnect_notified_at")
    private OffsetDateTime reconnectNotifiedAt;
    @Column(name = "connected_at")
    private OffsetDateTime connectedAt;
    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ConnectionRow() {
    }

    /**
     * @param tenantId the tenant
     * @param state the initial state's name
     * @param at when the row is created
     */
    public ConnectionRow(String tenantId, String state, Instant at) {
        this.tenantId = tenantId;
        this.state = state;
        this.updatedAt = utc(at);
    }

    public String tenantId() { return tenantId; }
    public String state() { return state; }
    public String qboRealmId() { return qboRealmId; }
    public String environment() { return environment; }
    public String companyName() { return companyName; }
    public String country() { return country; }
    public String taxLocale() { return taxLocale; }
    public String homeCurrency() { return homeCurrency; }
    public Boolean multicurrencyEnabled() { return multicurrencyEnabled; }
    public Boolean customTxnNumbers() { return customTxnNumbers; }
    public LocalDate bookCloseDate() { return bookCloseDate; }
    public String message() { return message; }
    public String remedy() { return remedy; }
    public Instant reconnectNotifiedAt() { return instant(reconnectNotifiedAt); }
    public Instant connectedAt() { return instant(connectedAt); }
    public Instant updatedAt() { return instant(updatedAt); }
    public Instant checkedAt() { return instant(checkedAt); }

    /**
     * Records a completed authorisation with the company's details.
     *
     * @param realmId the QuickBooks company
     * @param environment the configured environment name
     * @param company what was read from CompanyInfo and Preferences
     * @param message the note for the status pill
     * @param at when
     */
    public void connected(String realmId, String environment, CompanyDetails company, String message, Instant at) {
        this.state = "CONNECTED";
        this.qboRealmId = realmId;
        this.connectedRealmId = realmId;
        this.environment = environment;
        this.companyName = company.companyName();
        this.country = company.country();
        this.taxLocale = company.taxLocale();
        this.homeCurrency = company.homeCurrency();
        this.multicurrencyEnabled = company.multicurrencyEnabled();
        this.customTxnNumbers = company.customTxnNumbers();
        this.bookCloseDate = company.bookCloseDate();
        this.message = message;
        this.remedy = null;
        this.reconnectNotifiedAt = null;
        this.connectedAt = utc(at);
        this.updatedAt = utc(at);
        this.checkedAt = utc(at);
    }

    /** @param at when QuickBooks last answered for this connection (or refused it): the state is known as of then */
    public void checked(Instant at) {
        this.checkedAt = utc(at);
    }

    /**
     * @param state the new state's name
     * @param message the note, or {@code null}
     * @param remedy what to do, or {@code null}
     * @param at when
     */
    public void changeState(String state, String message, String remedy, Instant at) {
        this.state = state;
        if ("DISCONNECTED".equals(state)) {
            this.connectedRealmId = null; // the company is free for another tenant
        }
        this.message = message;
        this.remedy = remedy;
        this.updatedAt = utc(at);
    }

    /** @param at when the one "reconnect required" e-mail was handed to the host */
    public void reconnectNotified(Instant at) {
        this.reconnectNotifiedAt = utc(at);
    }

    /**
     * The company settings kept on the row, as read from QuickBooks.
     *
     * @param companyName CompanyInfo.CompanyName
     * @param country CompanyInfo.Country
     * @param taxLocale the tax locale's name derived from the country
     * @param homeCurrency Preferences.CurrencyPrefs.HomeCurrency
     * @param multicurrencyEnabled Preferences.CurrencyPrefs.MultiCurrencyEnabled
     * @param customTxnNumbers Preferences.SalesFormsPrefs.CustomTxnNumbers
     * @param bookCloseDate Preferences.AccountingInfoPrefs.BookCloseDate, or {@code null}
     */
    public record CompanyDetails(String companyName, String country, String taxLocale, String homeCurrency,
            Boolean multicurrencyEnabled, Boolean customTxnNumbers, LocalDate bookCloseDate) {
    }

    // Stored as TIMESTAMP WITH TIME ZONE through OffsetDateTime, which Jakarta Persistence maps natively (Instant it
    // would serialise as a blob).
    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
