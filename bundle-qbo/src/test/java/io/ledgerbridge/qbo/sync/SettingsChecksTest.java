package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.EngineFixture.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.host.InvoiceStatus;
import io.ledgerbridge.api.settings.ConnectorSettings;
import io.ledgerbridge.api.settings.Mapping;
import io.ledgerbridge.api.settings.MappingKind;
import io.ledgerbridge.api.settings.SettingsProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17 §4: settings and mappings are checked when saved, not when a push fails. */
class SettingsChecksTest extends WorkerTestBase {

    private SettingsService service() {
        return new SettingsService(f.settings, f.queue, f.qbo, f.host);
    }

    @Test
    void aTemplateWithAnUnknownFieldIsRefusedNamingItAndListingTheKnownOnes() {
        SettingsService service = service();
        ConnectorSettings before = service.settings(T);
        ConnectorSettings typo = before.toBuilder().customerDisplayNameTemplate("{company} ({hostId})").build();

        assertThatThrownBy(() -> service.updateSettings(T, typo))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("customerDisplayNameTemplate");
                    assertThat(e.getMessage()).contains("unknown field {company}");
                    assertThat(e.remedy()).isEqualTo("use only the fields {companyName}, {contactName}, {email}, "
                            + "{phone}, {hostId}");
                });
        assertThat(service.settings(T)).isEqualTo(before);
        assertThat(service.check(T, before.toBuilder().docNumberTemplate("{invoiceNumber|number}")
                .nameClashTemplate("{displayName} {emial}").build()))
                .extracting(SettingsProblem::field, SettingsProblem::refused)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("docNumberTemplate", true),
                        org.assertj.core.groups.Tuple.tuple("nameClashTemplate", true));
    }

    @Test
    void aDocNumberTemplateThatCutsNumbersWarnsBeforeSavingAndSavesWhenAccepted() {
        f.host.add(customer("c1", "Acme", "a@acme.example"));
        f.host.add(invoice("i1", "c1", "INV-1001", InvoiceStatus.SENT, "50", "0"));
        f.host.add(invoice("i2", "c1", "INV-1002", InvoiceStatus.SENT, "50", "0"));
        SettingsService service = service();
        ConnectorSettings longer = service.settings(T).toBuilder().docNumberTemplate("ACME-PROJECTS-{invoiceNumber}")
                .build();

        assertThat(service.check(T, longer)).singleElement().satisfies(p -> {
            assertThat(p.refused()).isFalse();
            assertThat(p.field()).isEqualTo("docNumberTemplate");
            assertThat(p.message()).startsWith("2 invoice numbers are longer than the 21 characters QuickBooks "
                    + "keeps").contains("'ACME-PROJECTS-INV-1001' (22 characters), sent as 'ACME-PROJECTS-INV-100'")
                    .contains("cut numbers can collide");
            assertThat(p.remedy()).contains("shorten the template");
        });
        assertThat(service.check(T, longer.toBuilder().docNumberTemplate("A-{invoiceNumber}").build())).isEmpty();
        assertThat(service.check(T, longer.toBuilder().docNumberTemplate("ACME-HOLDINGS-INTERNATIONAL-{hostId}")
                .build())).singleElement().extracting(SettingsProblem::message).asString()
                .contains("the template's own text is 28 characters long");
        // A warning is the administrator's to accept: saving goes through.
        assertThat(service.updateSettings(T, longer).docNumberTemplate()).isEqualTo("ACME-PROJECTS-{invoiceNumber}");
    }

    @Test
    void mappingsPointingAtInactiveOrUnknownEntriesAreRefusedNamingTheRowAndTheRemedy() {
        f.qbo.listEntry("Item", "7", "Old Widget", false);
        f.qbo.listEntry("Class", "3", "Retired Dept", false);
        f.qbo.account("50", "Old Travel", "Expense", false);
        SettingsService service = service();

        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.ITEM, "widgets", "7", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("Items: widgets");
                    assertThat(e.getMessage()).contains("the QuickBooks item 'Old Widget' is inactive");
                    assertThat(e.remedy()).contains("choose another item in Settings → Integrations → QuickBooks → "
                            + "Mappings → Items").contains("make 'Old Widget' active again");
                });
        assertThat(service.checkMappings(T, List.of(
                new Mapping(MappingKind.DEPARTMENT_CLASS, "design", "3", null),
                new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "travel", "50", null),
                new Mapping(MappingKind.ITEM, "audit", "999", null))))
                .extracting(SettingsProblem::field, SettingsProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Department classes: design",
                                "the QuickBooks class 'Retired Dept' is inactive, and QuickBooks refuses an inactive "
                                        + "class on new transactions"),
                        org.assertj.core.groups.Tuple.tuple("Expense categories: travel",
                                "the QuickBooks account 'Old Travel' is inactive, and QuickBooks refuses an inactive "
                                        + "account on new transactions"),
                        org.assertj.core.groups.Tuple.tuple("Items: audit", "QuickBooks has no item with id 999"));
        assertThat(service.mappings(T, MappingKind.ITEM)).isEmpty();
    }

    @Test
    void eachPaymentMethodsAccountMustBeOfTheTypeQuickBooksDemands() {
        f.qbo.account("41", "Amex", "Credit Card", true);
        f.qbo.account("35", "Checking", "Bank", true);
        f.qbo.account("60", "Meals", "Expense", true);
        f.qbo.account("12", "Undeposited Funds", "Other Current Asset", true);
        SettingsService service = service();

        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Visa", "60",
                "CreditCard"))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("Expense payment accounts: Visa");
                    assertThat(e.getMessage()).contains("'Meals' is an Expense account, but QuickBooks takes a "
                            + "CreditCard payment only from a Credit Card account");
                    assertThat(e.remedy()).startsWith("choose a Credit Card account");
                });
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Cash", "41",
                "Cash"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("only from a Bank account");
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Cheque",
                "41", "Check"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'Amex' is a Credit Card account");
        assertThatThrownBy(() -> service.putMapping(T, new Mapping(MappingKind.PAYMENT_DEPOSIT_ACCOUNT, "card", "60",
                null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("deposits payments only to a Bank or Other Current Asset account");
        // A category booked to a bank account is odd but possible: a warning, and the row is saved.
        assertThat(service.checkMappings(T, List.of(new Mapping(MappingKind.EXPENSE_CATEGORY_ACCOUNT, "fees", "35",
                null)))).singleElement().satisfies(p -> assertThat(p.refused()).isFalse());

        service.putMappings(T, List.of(new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Visa", "41", "CreditCard"),
                new Mapping(MappingKind.EXPENSE_PAYMENT_ACCOUNT, "Cash", "35", "Cash"),
                new Mapping(MappingKind.PAYMENT_DEPOSIT_ACCOUNT, "card", "12", null)));
        assertThat(service.mappings(T, MappingKind.EXPENSE_PAYMENT_ACCOUNT)).hasSize(2);
        assertThat(service.mappings(T, MappingKind.PAYMENT_DEPOSIT_ACCOUNT)).hasSize(1);
    }

    @Test
    void savingManyRowsAtOnceSavesAllOrNone() {
        f.qbo.listEntry("Item", "7", "Consulting", true);
        f.qbo.listEntry("Item", "8", "Old Widget", false);
        SettingsService service = service();

        assertThatThrownBy(() -> service.putMappings(T, List.of(new Mapping(MappingKind.ITEM, "consulting", "7", null),
                new Mapping(MappingKind.ITEM, "widgets", "8", null),
                new Mapping(MappingKind.CUSTOM_FIELD, "P.O. Number", "PO {invoiceNo}", null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("Items: widgets"));
        assertThat(service.mappings(T, MappingKind.ITEM)).isEmpty();
        assertThat(service.checkMappings(T, List.of(new Mapping(MappingKind.CUSTOM_FIELD, "P.O. Number",
                "PO {invoiceNo}", null)))).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("Custom fields: P.O. Number");
                    assertThat(p.message()).contains("unknown field {invoiceNo}");
                });
    }

    @Test
    void rowsThatCannotBeCheckedWhileQuickBooksIsUnreachableAreSavedWithAWarning() {
        SettingsService service = service();
        f.qbo.failNext(new QboFault(QboFault.Kind.AUTHORIZATION, 401, "3200", "AuthenticationFailed", null, null, null));
        List<SettingsProblem> problems = service.checkMappings(T, List.of(new Mapping(MappingKind.ITEM, "consulting",
                "7", null)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.refused()).isFalse();
            assertThat(p.message()).startsWith("not checked against QuickBooks: No active QuickBooks connection");
        });
    }
}
