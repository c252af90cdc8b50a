package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.InvalidInputException;
import io.ledgerbridge.api.host.HostUser;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.qbo.auth.Race;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two administrators deciding the same conflict at the same moment, one keeping the host's values and one applying
 * QuickBooks': exactly one decision is carried out, and what QuickBooks (the sandbox) and the host hold is that
 * decision's outcome alone; the other administrator is told who decided what.
 */
class ConflictDecisionRaceTest extends InboundSandboxTest {
    private static final HostUser BOB = new HostUser("u-bob", "Bob Admin", "bob@acme.example", T, true);

    @Test
    void twoAdministratorsDecidingAtOnceGetExactlyOneDecisionCarriedOut() throws Exception {
        for (int round = 0; round < 3; round++) {
            String hostId = "c" + round;
            String ours = "Zephyr Labs " + round;
            String theirs = "Zephyr Laboratories " + round;
            String qboId = rig.pushedCustomer(hostId, ours, "ap" + round + "@zephyr.example");
            rig.edit("Customer", qboId, "DisplayName", theirs);
            rig.poke("Customer", qboId, Operation.UPDATE);
            Conflict open = rig.open().stream().filter(c -> c.record().hostId().equals(hostId)).findFirst()
                    .orElseThrow();
            String tokenBefore = rig.qbo("Customer", qboId).path("SyncToken").asText();
            host.ledgerCalls.clear();

            List<String> answers = Race.run(2, n -> {
                try {
                    rig.conflicts.resolve(T, open.conflictId(), n == 0 ? ConflictResolution.KEEP_HOST
                            : ConflictResolution.APPLY_REMOTE, n == 0 ? ADMIN : BOB);
                    return "decided";
                } catch (InvalidInputException e) {
                    return e.getMessage();
                }
            });
            rig.e.module.engine().drain();

            Conflict decided = rig.conflicts.conflict(T, open.conflictId()).orElseThrow();
            assertThat(answers).as("round %d", round).containsOnlyOnce("decided");
            assertThat(answers).filteredOn(a -> !a.equals("decided")).singleElement().asString()
                    .startsWith("resolution: this conflict was already resolved: " + decided.resolvedBy() + " chose "
                            + (decided.resolution() == ConflictResolution.KEEP_HOST ? "keep" : "apply"))
                    .endsWith("nothing of your choice was done");
            assertThat(rig.open()).isEmpty();
            var inQbo = rig.qbo("Customer", qboId);
            if (decided.resolution() == ConflictResolution.KEEP_HOST) {
                assertThat(decided.resolvedBy()).isEqualTo("Ada Admin (u-ada)");
                assertThat(inQbo.path("DisplayName").asText()).isEqualTo(ours);
                assertThat(host.customers.get(hostId).companyName()).isEqualTo(ours);
                assertThat(host.ledgerCalls).as("apply did nothing in the host").isEmpty();
            } else {
                assertThat(decided.resolvedBy()).isEqualTo("Bob Admin (u-bob)");
                assertThat(inQbo.path("DisplayName").asText()).isEqualTo(theirs);
                assertThat(inQbo.path("SyncToken").asText()).as("keep pushed nothing to QuickBooks")
                        .isEqualTo(tokenBefore);
                assertThat(host.customers.get(hostId).companyName()).isEqualTo(theirs);
                assertThat(host.ledgerCalls).containsExactly("applyValues customer " + hostId + " {companyName="
                        + theirs + "}");
            }
        }
    }
}
