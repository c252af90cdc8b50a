package io.ledgerbridge.qbo.store;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The nodes sharing this database: each writes its row at start and refreshes it from its housekeeping timer, so a
 * node can tell that it is not alone and whether the others hold the same token key. Times are the database's.
 */
public final class NodeRegistry {
    private final SqlRunner sql;

    /** @param dataSource the connector's database */
    public NodeRegistry(DataSource dataSource) {
        this.sql = new SqlRunner(dataSource, "register this node");
    }

    /**
     * A node as it registered.
     *
     * @param nodeId its {@code node.id}
     * @param keySource {@code secret} (derived from {@code encryption.secret}) or {@code file} (a generated key file)
     * @param keyCheck a fingerprint of its token key (equal keys, equal fingerprints; the key cannot be read from it)
     * @param seenAt when it last wrote its row (database time)
     */
    public record Node(String nodeId, String keySource, String keyCheck, Instant seenAt) {
    }

    /**
     * Writes this node's row and lists the other nodes seen recently.
     *
     * @param nodeId this node
     * @param keySource {@code secret} or {@code file}
     * @param keyCheck this node's key fingerprint
     * @param recent how far back another node's last sign of life counts
     * @return the other nodes seen within {@code recent}
     */
    public List<Node> register(String nodeId, String keySource, String keyCheck, Duration recent) {
        if (sql.update("UPDATE qbo_node SET key_source = ?, key_check = ?, started_at = CURRENT_TIMESTAMP, "
                + "seen_at = CURRENT_TIMESTAMP WHERE node_id = ?", keySource, keyCheck, nodeId) == 0
                && !sql.insertIfAbsent("INSERT INTO qbo_node (node_id, key_source, key_check, started_at, seen_at) "
                        + "VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", nodeId, keySource, keyCheck)) {
            register(nodeId, keySource, keyCheck, recent); // a node of the same name inserted first: update it
        }
        return sql.query("SELECT n.node_id, n.key_source, n.key_check, n.seen_at FROM qbo_node n, qbo_node self "
                + "WHERE self.node_id = ? AND n.node_id <> self.node_id AND n.seen_at >= ? ORDER BY n.node_id",
                rs -> new Node(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()),
                nodeId, sql.databaseNow().minus(recent));
    }

    /**
     * Refreshes this node's sign of life.
     *
     * @param nodeId this node
     */
    public void touch(String nodeId) {
        sql.update("UPDATE qbo_node SET seen_at = CURRENT_TIMESTAMP WHERE node_id = ?", nodeId);
    }
}
