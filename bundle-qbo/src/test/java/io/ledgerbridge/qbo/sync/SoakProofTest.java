package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short fault soak in every build: 27 seconds of pushing under every fault kind (a fixed seed, so a failure
 * repeats; {@code -Dsoak.seed} picks another). Fails on any lost or duplicated record and on any failure that does
 * not tell the user what happened and what to do, and on any conflict (QuickBooks' user only edits a field the host
 * does not own, so a conflict would be the host's own change read as QuickBooks').
 */
class SoakProofTest {
    @Test
    void underFaultsNothingIsLostOrDuplicatedAndEveryFailureIsVisible() throws Exception {
        SoakProof.Result r = SoakProof.run(Double.parseDouble(System.getProperty("soak.test.minutes", "0.45")),
                Long.getLong("soak.seed", 12L));
        System.out.println(r.line());
        assertThat(r.records()).isGreaterThan(100);
        assertThat(r.lost()).isZero();
        assertThat(r.duplicated()).isZero();
        assertThat(r.visible()).isEqualTo(r.failed());
        assertThat(r.conflicts()).as("conflicts, though QuickBooks' user only edited Notes").isZero();
    }
}
