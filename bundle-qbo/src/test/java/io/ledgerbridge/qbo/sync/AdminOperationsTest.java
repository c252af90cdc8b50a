package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.host.Money;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.NamePreview;
import io.ledgerbridge.api.settings.TaxLocale;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the administrator's pages ask of the connector: ignoring an error, the unmapped keys, the name preview. */
class AdminOperationsTest extends WorkerTestBase {
    static final HostUser ADMIN = new HostUser("admin", "Ada Admin", null, T, true);

    private SettingsService settingsService() {
        return new SettingsService(f.settings, f.queue, f.qbo, f.host);
    }

    @Test
    void ignoringAFailedRecordTakesItOffTheErrorsListAndIsAudited() {
        f.host.add(customer("c2", "No Mail Inc", null));
        f.changed(HostEventKind.CUSTOMER_CHANGED, "c2");
        f.drain();
        RecordRef c2 = RecordRef.of(RecordType.CUSTOMER, "c2");
        assertThat(f.sync.failures(T, 10)).extracting(s -> s.record()).containsExactly(c2);

        var after = f.sync.ignore(T, c2, ADMIN);

        assertThat(after.state()).isNotEqualTo(SyncState.FAILED);
        assertThat(f.sync.failures(T, 10)).isEmpty();
        assertThat(f.log.entries(T, c2)).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("IGNORED");
            assertThat(e.message()).isEqualTo("Error ignored by Ada Admin (admin)");
        });
        assertThatThrownBy(() -> f.sync.ignore(T, c2, ADMIN)).isInstanceOf(InvalidInputException.class)
                .hasMessage("record: customer c2 has no open sync error");
    }

    @Test
    void unmappedKeysAreThoseHostRecordsUseWithoutARow() {
        f.host.add(new HostExpense("e1", "Cabs", "Corporate Visa", "travel", Money.of("5", "USD"),
                LocalDate.of(2026, 2, 1), null, null, f.clock.instant()));
        f.host.add(new HostExpense("e2", "Hotel", "Cash", "lodging", Money.of("9", "USD"),
                LocalDate.of(2026, 2, 1), null, null, f.clock.instant()));
        f.host.add(invoice("i1", "c1", "INV-1", InvoiceStatus.SENT, "50", "0"));
        SettingsService service = settingsService();
        f.qbo.account("35", "Petty Cash", "Bank", true);
        service.putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Cash", "35", "Cash"));

        assertThat(service.unmappedKeys(T, MappingKind.EXPENSE_PAYMENT_ACCOUNT)).containsExactly("Corporate Visa");
        assertThat(service.unmappedKeys(T, MappingKind.EXPENSE_CATEGORY_ACCOUNT)).containsExactly("lodging", "travel");
        // A US company's lines carry TAX / NON only: the tax-code table is unused, so nothing is "not mapped".
        assertThat(service.unmappedKeys(T, MappingKind.TAX_CODE)).isEmpty();
        service.updateSettings(T, service.settings(T).toBuilder().locale(TaxLocale.EU).build());
        assertThat(service.unmappedKeys(T, MappingKind.TAX_CODE)).containsExactly("NONE");
        assertThat(service.unmappedKeys(T, MappingKind.CUSTOM_FIELD)).isEmpty();
        assertThat(service.sampleRecords(T, RecordType.EXPENSE, 1)).hasSize(1);
    }

    @Test
    void thePreviewAppliesQuickBooksRulesWithoutSaving() {
        f.host.add(customer("c1", "A".repeat(120) + ":Ltd", "ap@acme.example"));
        f.host.add(invoice("i1", "c1", "2026-000000000000000042", InvoiceStatus.SENT, "50", "0"));
        SettingsService service = settingsService();
        ConnectorSettings trial = service.settings(T).toBuilder().capDisplayNameAt100(true)
                .docNumberTemplate("ACME-{invoiceNumber}").build();

        List<NamePreview> customer = service.preview(T, trial, RecordRef.of(RecordType.CUSTOMER, "c1"));
        List<NamePreview> invoice = service.preview(T, trial, RecordRef.of(RecordType.INVOICE, "i1"));

        assertThat(customer.get(0).field()).isEqualTo("DisplayName");
        assertThat(customer.get(0).sent()).hasSize(100).doesNotContain(":");
        assertThat(customer.get(0).changed()).isTrue();
        assertThat(invoice.get(0).field()).isEqualTo("DocNumber");
        assertThat(invoice.get(0).rendered()).isEqualTo("ACME-2026-000000000000000042");
        assertThat(invoice.get(0).sent()).isEqualTo("ACME-2026-00000000000");
        assertThat(service.settings(T).capDisplayNameAt100()).isFalse();
        assertThatThrownBy(() -> service.preview(T, trial, RecordRef.of(RecordType.CUSTOMER, "nope")))
                .isInstanceOf(InvalidInputException.class).hasMessage("record: the host has no customer nope");
    }

    @Test
    void theCustomerLinksMappingRefusesAnIdQuickBooksDoesNotHaveAndACustomerOfNoOneHere() {
        SettingsService service = settingsService();
        f.host.add(customer("CUS-1001", "Acme Ltd", "ap@acme.example"));
        String existing = f.qbo.put("Customer", FakeQbo.JSON.createObjectNode().put("DisplayName", "Acme (QB)"))
                .path("Id").asText();
        String inactive = f.qbo.put("Customer", FakeQbo.JSON.createObjectNode().put("DisplayName", "Gone Ltd")
                .put("Active", false)).path("Id").asText();

        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.CUSTOMER_LINK, "CUS-1001", "99999",
                null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("remoteId: QuickBooks has no customer 99999");
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.CUSTOMER_LINK, "CUS-1001", inactive,
                null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("remoteId: QuickBooks customer " + inactive + " (Gone Ltd) is inactive");
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.CUSTOMER_LINK, "CUS-9999", existing,
                null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("record: this organisation has no customer CUS-9999");
        assertThat(service.mappings(T, MappingKind.CUSTOMER_LINK)).isEmpty();

        service.putMapping(T, new Mapping(MappingKind.CUSTOMER_LINK, "CUS-1001", existing, null));
        assertThat(service.mappings(T, MappingKind.CUSTOMER_LINK)).extracting(Mapping::remoteId)
                .containsExactly(existing);
    }
}
