package io.ledgerbridge.qbo.sync;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.qbo.store.CompanyLease;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's side of the company leases: it takes a company only while it holds less than its fair share of the
 * companies that want work (the companies with due rows, or those leased if more, divided by the live nodes; all read
 * from the database), renews the leases of the companies in their turn, and tells a turn at once when its lease was
 * lost. Nodes learn of each other only through
 * the database (their heartbeat rows and the lease table): no messages between nodes, no cluster view of its own.
 */
final class NodeLeases {
    private static final Logger LOG = LoggerFactory.getLogger(NodeLeases.class);
    /** How long a node counts as alive after its last heartbeat. */
    static final Duration NODE_TTL = Duration.ofSeconds(30);

    private final CompanyLease lease;
    private final String nodeId;
    private final Duration ttl;
    /** Companies this node took and has not seen taken from it (a hint: the database decides). */
    private final Set<TenantId> mine = ConcurrentHashMap.newKeySet();
    private final Set<TenantId> lost = ConcurrentHashMap.newKeySet();
    private volatile Shares shares = new Shares(Map.of(), 1);
    /** Companies with due rows at the last poll (every node sees the same outbox). */
    private volatile int demand;
    private final java.util.concurrent.atomic.AtomicInteger takenSinceRead = new java.util.concurrent.atomic.AtomicInteger();

    /** Live leases by node and the number of live nodes, as last read. */
    private record Shares(Map<String, Integer> held, int liveNodes) {
        int total() {
            return held.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * @param lease the lease table
     * @param nodeId this node
     * @param ttl a lease's length
     */
    NodeLeases(CompanyLease lease, String nodeId, Duration ttl) {
        this.lease = lease;
        this.nodeId = nodeId;
        this.ttl = ttl;
    }

    /** @return this node's id */
    String node() {
        return nodeId;
    }

    /** @return a lease's length */
    Duration ttl() {
        return ttl;
    }

    /** @return how often the leases in use are renewed: well before they lapse, even if a renewal is late */
    Duration renewEvery() {
        return ttl.dividedBy(4);
    }

    /** Says this node is alive and reads every node's share (one heartbeat, two grouped queries). */
    void heartbeat() {
        lease.heartbeat(nodeId, NODE_TTL);
        Map<String, Integer> held = lease.heldByNode();
        shares = new Shares(held, Math.max(1, lease.liveNodes().size()));
        takenSinceRead.set(0);
    }

    /** @param dueCompanies how many companies have due rows now (the poll's finding) */
    void demand(int dueCompanies) {
        this.demand = dueCompanies;
    }

    /**
     * Takes or renews the company's lease for a turn.
     *
     * @param tenant the company's tenant
     * @return whether this node holds it now
     */
    boolean take(TenantId tenant) {
        if (!mine.contains(tenant) && !underShare() && !lease.holds(tenant, nodeId)) {
            return false; // its share is full: the company goes to a node with room (or to this one, once it has)
        }
        if (lease.tryAcquire(tenant, nodeId, ttl)) {
            if (mine.add(tenant)) {
                takenSinceRead.incrementAndGet();
            }
            lost.remove(tenant);
            return true;
        }
        mine.remove(tenant);
        return false;
    }

    /**
     * After a turn: a node holding more than its share gives the company up (it lapses once the company's requests
     * left QuickBooks' throttle window, so two nodes' limiters never count the same minute).
     *
     * @param tenant the company's tenant
     * @param window QuickBooks' longest throttle window
     */
    void afterTurn(TenantId tenant, Duration window) {
        if (overShare()) {
            lease.release(tenant, nodeId, window);
            mine.remove(tenant);
            LOG.info("Node {} holds more than its share of companies; {} goes to another node", nodeId, tenant);
        }
    }

    /**
     * Renews the leases of the companies whose turns are running (their calls are in flight), in one statement; a
     * company whose lease could not be renewed is marked lost, and its turn stops at its next step.
     *
     * @param running the companies in their turn
     */
    void renew(Collection<TenantId> running) {
        if (running.isEmpty() || lease.renew(running, nodeId, ttl) == running.size()) {
            return;
        }
        for (TenantId t : running) {
            if (!lease.holds(t, nodeId)) {
                lost.add(t);
                mine.remove(t);
                LOG.warn("Node {} lost the lease of {} during its turn; the turn stops and its rows are let go",
                        nodeId, t);
            }
        }
    }

    /** @return whether the company's lease was lost since its turn began */
    boolean lost(TenantId tenant) {
        return lost.contains(tenant);
    }

    /** This node stops: the others count it gone at once. */
    void leave() {
        lease.leave(nodeId);
    }

    private int held() {
        return shares.held().getOrDefault(nodeId, 0) + takenSinceRead.get();
    }

    /**
     * @param asking 1 when a company not yet held asks to be taken (it counts among the companies wanting work)
     * @return this node's fair share of the companies
     */
    private int share(int asking) {
        Shares s = shares;
        int wanted = Math.max(s.total() + takenSinceRead.get() + asking, demand);
        return Math.max(1, (int) Math.ceil(wanted / (double) s.liveNodes()));
    }

    private boolean underShare() {
        return held() < share(1);
    }

    private boolean overShare() {
        Shares s = shares;
        return s.liveNodes() > 1 && held() > share(0) + 1;
    }
}
