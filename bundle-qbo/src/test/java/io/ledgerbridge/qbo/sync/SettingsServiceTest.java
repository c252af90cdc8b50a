package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.RemoteListKind;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.settings.UsTaxMode;
import io.ledgerbridge.qbo.store.Database;
import io.ledgerbridge.qbo.store.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {
    private static final TenantId T = TenantId.of("acme");

    @TempDir
    Path dir;
    Database db;
    FakeQbo qbo;
    FakeHost host = new FakeHost();
    SettingsService service;

    @BeforeEach
    void setUp() {
        db = TestDatabase.open(dir);
        qbo = new FakeQbo();
        service = new SettingsService(new SettingsStore(db, Clock.systemUTC()), queue(db), qbo, host);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    @Test
    void aTenantThatChangedNothingHasTheDefaults() {
        assertThat(service.settings(T)).isEqualTo(ConnectorSettings.defaults());
    }

    @Test
    void settingsSurviveARestartWithEveryValue() throws Exception {
        ConnectorSettings changed = ConnectorSettings.defaults().toBuilder().enabled(true)
                .notificationRecipients(List.of("books@acme.example")).locale(TaxLocale.EU)
                .usTaxMode(UsTaxMode.TAX_OVERRIDE).defaultItemId("7").defaultClassId("3").taxItemId("9")
                .createItemsPerLine(true).invoiceStates(EnumSet.of(InvoiceStatus.SENT, InvoiceStatus.PAID))
                .syncStartDate(LocalDate.of(2026, 1, 1)).autoSyncInterval(Duration.ofMinutes(30)).maxAttempts(7)
                .capDisplayNameAt100(true).customerDisplayNameTemplate("{contactName|companyName}").build();
        assertThat(service.updateSettings(T, changed)).isEqualTo(changed);
        db.close();
        db = TestDatabase.open(dir);
        SettingsService reopened = new SettingsService(new SettingsStore(db, Clock.systemUTC()), queue(db), qbo, host);
        assertThat(reopened.settings(T)).isEqualTo(changed);
        assertThat(reopened.settings(TenantId.of("other"))).isEqualTo(ConnectorSettings.defaults());
    }

    @Test
    void manualOnlyHostsStoreNoInterval() {
        ConnectorSettings manual = ConnectorSettings.defaults().toBuilder().autoSyncInterval(null).build();
        assertThat(service.updateSettings(T, manual).autoSyncInterval()).isNull();
    }

    @Test
    void mappingRowsAreAddedReplacedAndRemovedPerTenantAndKind() {
        for (String id : List.of("1", "4", "12", "13", "14")) {
            qbo.listEntry("Item", id, "Item " + id, true);
        }
        qbo.listEntry("Class", "4", "Consulting", true);
        qbo.listEntry("Class", "99", "Design", true);
        service.putMapping(T, new Mapping(MappingKind.ITEM, "consulting", "12", "4"));
        service.putMapping(T, new Mapping(MappingKind.ITEM, "audit", "13", null));
        service.putMapping(T, new Mapping(MappingKind.ITEM, "consulting", "14", null));
        service.putMapping(T, new Mapping(MappingKind.DEPARTMENT_CLASS, "consulting", "99", null));
        service.putMapping(TenantId.of("other"), new Mapping(MappingKind.ITEM, "x", "1", null));

        assertThat(service.mappings(T, MappingKind.ITEM)).containsExactly(
                new Mapping(MappingKind.ITEM, "audit", "13", null),
                new Mapping(MappingKind.ITEM, "consulting", "14", null));
        service.removeMapping(T, MappingKind.ITEM, "audit");
        service.removeMapping(T, MappingKind.ITEM, "never-there");
        assertThat(service.mappings(T, MappingKind.ITEM)).extracting(Mapping::hostKey).containsExactly("consulting");
        assertThat(service.mappings(T, MappingKind.DEPARTMENT_CLASS)).hasSize(1);
    }

    /** Found by the fuzz proof: a 10,000-character key reached the database and failed there as a rollback. */
    @Test
    void aMappingKeyTheDatabaseCannotKeepIsRefusedNamingTheFieldAndNothingIsStored() {
        String longKey = "k".repeat(SettingsService.HOST_KEY_MAX) + "\uD83D\uDE00";
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.ITEM, longKey, "12", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hostKey"))
                .hasMessageContaining("more than the 200");
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.ITEM, "ok", "1".repeat(4001), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("remoteId"));
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.ITEM, "nul\u0000key", "12", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("hostKey"))
                .hasMessageContaining("position 4");
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.ITEM, "half\uD83D", "12", null)))
                .isInstanceOf(InvalidInputException.class);

        String hostile = "O'Brien \\ \"q\" \u202Eevil\u202C \uD834\uDD1E \u200B" + "x".repeat(150);
        qbo.listEntry("Item", "12", "Consulting", true);
        service.putMapping(T, new Mapping(MappingKind.ITEM, hostile, "12", null));
        assertThat(service.mappings(T, MappingKind.ITEM)).containsExactly(
                new Mapping(MappingKind.ITEM, hostile, "12", null));
    }

    @Test
    void anExpensePaymentAccountNeedsAQuickBooksPaymentType() {
        qbo.account("41", "Amex", "Credit Card", true);
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "card", "41",
                "Visa"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("payment type");
        service.putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "card", "41", "CreditCard"));
        assertThat(service.mappings(T, MappingKind.EXPENSE_PAYMENT_ACCOUNT)).hasSize(1);
    }

    @Test
    void remoteOptionsComeFromQuickBooksSortedWithInactiveMarked() {
        qbo.account("35", "Undeposited Funds", "Other Current Asset", true);
        qbo.account("41", "Amex", "Credit Card", false);
        assertThat(service.remoteOptions(T, RemoteListKind.ACCOUNTS)).satisfiesExactly(
                o -> assertThat(o).extracting("id", "name", "detail", "active")
                        .containsExactly("41", "Amex", "Credit Card", false),
                o -> assertThat(o.name()).isEqualTo("Undeposited Funds"));
    }

    private static io.ledgerbridge.qbo.store.OutboxQueue queue(io.ledgerbridge.qbo.store.Database db) {
        return new io.ledgerbridge.qbo.store.OutboxQueue(db.dataSource(),
                new io.ledgerbridge.qbo.store.Outbox(db.dataSource(), Clock.systemUTC()), Clock.systemUTC());
    }
}
