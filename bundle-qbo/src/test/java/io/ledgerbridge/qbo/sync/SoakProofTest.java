package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short fault soak in every build: 27 seconds of pushing under every fault kind (a fixed seed, so a failure
 * repeats; {@code -Dsoak.seed} picks another). Fails on any lost or duplicated record and on any failure that does
 * not tell the user what happened and what to do.
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
    }
}
