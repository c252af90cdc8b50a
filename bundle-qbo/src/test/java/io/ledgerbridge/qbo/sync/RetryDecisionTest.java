package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryDecisionTest {
    private static final RecordRef INVOICE = RecordRef.of(RecordType.INVOICE, "i1");

    private static PushFailure decide(QboFault.Kind kind, String code, String detail) {
        return FaultTranslator.translate(INVOICE, new QboFault(kind, 400, code, "msg", detail, "tid-1",
                kind == QboFault.Kind.THROTTLED ? Duration.ofSeconds(60) : null));
    }

    @Test
    void throttlesOutagesAndStaleTokensRetryValidationStopsAuthorisationStopsTheCompany() {
        assertThat(decide(QboFault.Kind.THROTTLED, "3001", null).action()).isEqualTo(PushFailure.Action.RETRY);
        assertThat(decide(QboFault.Kind.THROTTLED, "3001", null).retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(decide(QboFault.Kind.TRANSIENT, null, null).action()).isEqualTo(PushFailure.Action.RETRY);
        assertThat(decide(QboFault.Kind.STALE, "5010", null).action()).isEqualTo(PushFailure.Action.RETRY);
        assertThat(decide(QboFault.Kind.AUTHORIZATION, "3200", null).action())
                .isEqualTo(PushFailure.Action.STOP_COMPANY);
        assertThat(decide(QboFault.Kind.VALIDATION, "2050", "Max:21").action())
                .isEqualTo(PushFailure.Action.STOP_RECORD);
        // "one name at a time" is a concurrency collision: retried.
        assertThat(decide(QboFault.Kind.VALIDATION, "6000", "You can only add or edit one name at a time").action())
                .isEqualTo(PushFailure.Action.RETRY);
        assertThat(decide(QboFault.Kind.VALIDATION, "6000", "You must set a transaction amount.").action())
                .isEqualTo(PushFailure.Action.STOP_RECORD);
    }

    @Test
    void everyStopSaysWhatHappenedAndWhatToDo() {
        PushFailure closed = decide(QboFault.Kind.VALIDATION, "6210", null);
        assertThat(closed.getMessage()).startsWith("Account period has closed");
        assertThat(closed.remedy()).contains("sync start date");
        assertThat(closed.intuitTid()).isEqualTo("tid-1");
        assertThat(decide(QboFault.Kind.VALIDATION, "6140", "DocNumber=1").getMessage())
                .startsWith("Duplicate document number");
        assertThat(decide(QboFault.Kind.NOT_FOUND, "610", null).remedy()).contains("void it instead");
        assertThat(decide(QboFault.Kind.VALIDATION, "9999", "odd").getMessage()).contains("9999", "odd");
        assertThat(decide(QboFault.Kind.THROTTLED, "3001", null).getMessage())
                .isEqualTo("QB API error (429): rate limited");
    }

    /** Issue 17 §4: the raw 6000 text is translated where its detail is known. */
    @Test
    void aKnownBusinessValidationErrorIsToldInPlainWordsWithThePageToFixIt() {
        PushFailure card = decide(QboFault.Kind.VALIDATION, "6000", "Business Validation Error: AccountRef must be a "
                + "Credit Card account for PaymentType CreditCard.");
        assertThat(card.getMessage()).isEqualTo("QuickBooks refused the expense's paying account: a CreditCard "
                + "payment must be paid from a Credit Card account, and the mapped account is not one");
        assertThat(card.remedy()).contains("Settings → Integrations → QuickBooks → Mappings → Expense payment "
                + "accounts");
        assertThat(decide(QboFault.Kind.VALIDATION, "6000", "Business Validation Error: AccountRef must be a Bank "
                + "account for PaymentType Cash.").remedy()).startsWith("Map the payment method to a Bank account");
        assertThat(decide(QboFault.Kind.VALIDATION, "6000", "Business Validation Error: Multicurrency is not enabled "
                + "for this company. The currency must be USD.").getMessage()).contains("multi-currency is off");
        assertThat(decide(QboFault.Kind.VALIDATION, "6000", "Business Validation Error: Something new.").getMessage())
                .isEqualTo("QuickBooks refused the record (6000): Something new.");
    }

    @Test
    void backOffDoublesUpToItsCapAndHonoursTheServersWait() {
        Backoff b = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), () -> 0L);
        assertThat(b.next(1, null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.next(2, null)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.next(10, null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(b.next(1, Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), () -> 1234L).next(1, null))
                .isEqualTo(Duration.ofMillis(6234));
    }

    @Test
    void requestIdsAreDeterministicDistinctAndShortEnoughForBatches() {
        TenantId t = TenantId.of("acme");
        String a = RequestIds.of(t, INVOICE, "row7.1", "update", "3");
        assertThat(a).isEqualTo(RequestIds.of(t, INVOICE, "row7.1", "update", "3")).hasSize(32);
        assertThat(a).isNotEqualTo(RequestIds.of(t, INVOICE, "row7.2", "update", "3"))
                .isNotEqualTo(RequestIds.of(t, INVOICE, "row7.1", "update", "4"))
                .isNotEqualTo(RequestIds.of(TenantId.of("other"), INVOICE, "row7.1", "update", "3"));
    }
}
