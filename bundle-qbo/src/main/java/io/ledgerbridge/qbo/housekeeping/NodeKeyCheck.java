package io.ledgerbridge.qbo.housekeeping;

import io.ledgerbridge.qbo.store.NodeRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * At start, each node registers in the database and compares its token key with the other nodes seen lately: nodes
 * whose keys differ cannot read each other's tokens (a company would seem to need reconnecting whenever another node
 * refreshed its token), and nodes on generated key files agree only while they share one file.
 */
public final class NodeKeyCheck {
    /** Another node counts as sharing the database when it started or ticked within this time. */
    public static final Duration RECENT = Duration.ofDays(2);

    private final NodeRegistry nodes;

    /** @param nodes the node registry */
    public NodeKeyCheck(NodeRegistry nodes) {
        this.nodes = nodes;
    }

    /**
     * Registers this node and says what is wrong with the token keys of the nodes sharing the database.
     *
     * @param nodeId this node's {@code node.id}
     * @param fromSecret whether this node's key is derived from {@code encryption.secret}
     * @param keyCheck this node's key fingerprint
     * @return warnings for the log (empty when this node is alone, or every node derives one key from a secret)
     */
    public List<String> atStart(String nodeId, boolean fromSecret, String keyCheck) {
        List<NodeRegistry.Node> others = nodes.register(nodeId, fromSecret ? "secret" : "file", keyCheck, RECENT);
        List<String> warnings = new ArrayList<>();
        List<String> differing = others.stream().filter(n -> !n.keyCheck().equals(keyCheck))
                .map(NodeRegistry.Node::nodeId).toList();
        if (!differing.isEmpty()) {
            warnings.add("Nodes " + String.join(", ", differing) + " share this database with node " + nodeId
                    + " but use a different token key: tokens one node stores cannot be read by the others, and "
                    + "companies will seem to need reconnecting. Set the same encryption.secret on every node.");
        }
        List<String> onFiles = others.stream().filter(n -> !"secret".equals(n.keySource()))
                .map(NodeRegistry.Node::nodeId).collect(Collectors.toCollection(ArrayList::new));
        if (!fromSecret) {
            onFiles.add(0, nodeId);
        }
        if (!others.isEmpty() && !onFiles.isEmpty() && differing.isEmpty()) {
            warnings.add("Several nodes share this database without encryption.secret (" + String.join(", ", onFiles)
                    + " use a generated key file): they read each other's tokens only while they share that one "
                    + "file. Set the same encryption.secret on every node.");
        }
        return warnings;
    }
}
