package io.ledgerbridge.qbo.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.CompanyLease;
import io.ledgerbridge.qbo.store.Database;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fair shares of companies between nodes, read from the database alone. */
class NodeLeasesTest {
    @TempDir
    Path dir;

    @Test
    void aNodeAloneTakesEveryCompanyThatAsks() throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            NodeLeases alone = new NodeLeases(new CompanyLease(db.dataSource()), "node-a", CompanyWorker.LEASE);
            alone.heartbeat();
            alone.demand(3);
            IntStream.range(0, 10).forEach(i -> assertThat(alone.take(TenantId.of("t" + i))).as("t" + i).isTrue());
            alone.heartbeat(); // ten leases held now, three companies with due rows: an eleventh still goes here
            assertThat(alone.take(TenantId.of("late"))).isTrue();
        }
    }

    @Test
    void threeNodesStartingTogetherEachTakeAThirdOfTheCompaniesWithWork() throws Exception {
        try (Database db = TestDatabase.open(dir)) {
            CompanyLease table = new CompanyLease(db.dataSource());
            NodeLeases[] nodes = {new NodeLeases(table, "node-a", CompanyWorker.LEASE),
                    new NodeLeases(table, "node-b", CompanyWorker.LEASE),
                    new NodeLeases(table, "node-c", CompanyWorker.LEASE)};
            for (NodeLeases n : nodes) {
                n.heartbeat();
            }
            int[] taken = new int[3];
            // Every node is offered every company, in turns, as their polls would.
            for (int c = 0; c < 60; c++) {
                for (int n = 0; n < 3; n++) {
                    nodes[n].demand(60);
                    if (nodes[(n + c) % 3].take(TenantId.of("co-" + c))) {
                        taken[(n + c) % 3]++;
                    }
                }
            }
            assertThat(taken).containsExactly(20, 20, 20);
        }
    }
}
