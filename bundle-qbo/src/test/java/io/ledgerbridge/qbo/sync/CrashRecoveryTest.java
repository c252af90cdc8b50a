package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The crash proof's short version, in every build: 1,500 customers at 20 times QuickBooks' speed, so the push lasts a
 * few throttle windows (about 9 s) and each kill lands mid-push; the node killed three times.
 */
class CrashRecoveryTest {
    @Test
    void aConnectorKilledMidPushLosesAndDuplicatesNothing() throws Exception {
        CrashProof.Result r = CrashProof.run(1_500, 3, 20, 2_000);
        System.out.printf("crash: %d records, %d kills, lost %d, duplicated %d%n", r.records(), r.kills(), r.lost(),
                r.duplicated());
        assertThat(r.kills()).as("kills").isPositive();
        assertThat(r.lost()).as("lost").isZero();
        assertThat(r.duplicated()).as("duplicated").isZero();
    }
}
