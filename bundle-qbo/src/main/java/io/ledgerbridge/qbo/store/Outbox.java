package io.ledgerbridge.qbo.store;

import io.ledgerbridge.api.LedgerBridgeException;
import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.HostEvent;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.api.sync.SyncTrigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable intake: turns a host event into an outbox row in one short transaction and returns. A record that
 * already waits keeps its one row (its change count goes up), so repeated events coalesce into one push of the
 * record's current state. An invoice-paid event is kept as its own payment row (keyed by the payment), because each
 * payment must reach QuickBooks. Plain JDBC: this is the hot path on the host's event thread.
 */
public final class Outbox {
    /** Row state: waiting to be pushed (or being pushed, or waiting for a retry). */
    public static final String PENDING = "PENDING";
    /** Row state: stopped after a permanent failure or too many attempts; retriable by a new change or a re-sync. */
    public static final String FAILED = "FAILED";
    /** Row state: waiting for an open conflict of its record to be resolved; not pushed meanwhile. */
    public static final String CONFLICT = "CONFLICT";

    private static final String BUMP = "UPDATE qbo_outbox SET change_count = change_count + 1, host_event_id = ?, "
            + "last_event_at = ?, payload = ?, sync_trigger = ?, state = 'PENDING', attempts = 0, due_at = ?, "
            + "last_error = NULL, last_remedy = NULL "
            + "WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?";
    private static final String INSERT = "INSERT INTO qbo_outbox (tenant_id, record_type, host_record_id, "
            + "host_parent_id, host_event_id, payload, sync_trigger, state, change_count, first_event_at, "
            + "last_event_at, due_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 1, ?, ?, ?, 0)";

    private final DataSource dataSource;
    private final Clock clock;

    /**
     * @param dataSource the connector's database
     * @param clock the clock that stamps rows
     */
    public Outbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Stores the event durably (committed when this returns).
     *
     * @param event the host event
     * @param trigger what produced it
     * @throws LedgerBridgeException when the database refuses it; the host should keep the event and retry
     */
    public void enqueue(HostEvent event, SyncTrigger trigger) {
        Row row = Row.of(event);
        enqueue(event.tenant(), row.ref, row.parentId, event.eventId(), row.payload, trigger);
    }

    /**
     * Stores a request to push a record (for Sync now and re-sync), coalescing with any waiting change.
     *
     * @param tenant the tenant
     * @param record the record
     * @param parentHostId the host id of the record's parent (a payment's invoice), or {@code null}
     * @param requestId an id of the request, kept as the row's last event id
     * @param payload a payment's JSON, or {@code null}
     * @param trigger what asked for it
     */
    public void enqueue(TenantId tenant, RecordRef record, String parentHostId, String requestId, String payload,
            SyncTrigger trigger) {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            // Update first: the common case under a burst is a record that already waits.
            for (int attempt = 0; attempt < 3; attempt++) {
                if (bump(c, tenant, record, requestId, payload, trigger, now) > 0) {
                    return;
                }
                try {
                    insert(c, tenant, record, parentHostId, requestId, payload, trigger, now);
                    return;
                } catch (SQLException e) {
                    if (!Jdbc.isConstraintViolation(e)) {
                        throw e;
                    }
                    // A concurrent intake inserted the row between our update and insert: bump it instead.
                }
            }
            throw new SQLException("the outbox row for " + record + " kept changing under concurrent intake");
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not record the change to " + record + ": " + e.getMessage(),
                    "check the LedgerBridge database; the host should publish the change again", e);
        }
    }

    private static int bump(Connection c, TenantId tenant, RecordRef record, String eventId, String payload,
            SyncTrigger trigger, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BUMP)) {
            s.setString(1, eventId);
            s.setTimestamp(2, Jdbc.ts(now));
            s.setString(3, payload);
            s.setString(4, trigger.name());
            s.setTimestamp(5, Jdbc.ts(now));
            s.setString(6, tenant.value());
            s.setString(7, record.type().name());
            s.setString(8, record.hostId());
            return s.executeUpdate();
        }
    }

    private static void insert(Connection c, TenantId tenant, RecordRef record, String parentId, String eventId,
            String payload, SyncTrigger trigger, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, tenant.value());
            s.setString(2, record.type().name());
            s.setString(3, record.hostId());
            s.setString(4, parentId);
            s.setString(5, eventId);
            s.setString(6, payload);
            s.setString(7, trigger.name());
            s.setTimestamp(8, Jdbc.ts(now));
            s.setTimestamp(9, Jdbc.ts(now));
            s.setTimestamp(10, Jdbc.ts(now));
            s.executeUpdate();
        }
    }

    /**
     * @param tenant the tenant
     * @param record the record
     * @return the waiting change of that record, if any
     */
    public Optional<PendingChange> pending(TenantId tenant, RecordRef record) {
        String sql = "SELECT state, attempts, change_count, last_event_at, due_at, last_error, last_remedy "
                + "FROM qbo_outbox WHERE tenant_id = ? AND record_type = ? AND host_record_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenant.value());
            s.setString(2, record.type().name());
            s.setString(3, record.hostId());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new PendingChange(record, rs.getString(1), rs.getInt(2), rs.getInt(3),
                        Jdbc.instant(rs.getTimestamp(4)), Jdbc.instant(rs.getTimestamp(5)), rs.getString(6),
                        rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new LedgerBridgeException("Could not read the sync queue: " + e.getMessage(),
                    "check the LedgerBridge database", e);
        }
    }

    /**
     * A record's waiting change, as stored.
     *
     * @param record the record
     * @param state {@link #PENDING} or {@link #FAILED}
     * @param attempts pushes tried since the last change
     * @param changeCount events coalesced into the row
     * @param lastEventAt when the last event arrived
     * @param dueAt when the next push may be tried
     * @param lastError the last failure's message, or {@code null}
     * @param lastRemedy the last failure's remedy, or {@code null}
     */
    public record PendingChange(RecordRef record, String state, int attempts, int changeCount, Instant lastEventAt,
            Instant dueAt, String lastError, String lastRemedy) {
    }

    /** How an event maps onto an outbox row: a payment becomes a row of its own under its invoice. */
    private record Row(RecordRef ref, String parentId, String payload) {
        static Row of(HostEvent event) {
            if (event.kind() == HostEventKind.INVOICE_PAID) {
                var payment = event.payment().orElseThrow();
                return new Row(RecordRef.of(RecordType.PAYMENT, payment.hostPaymentId()), payment.hostInvoiceId(),
                        PaymentPayload.toJson(payment));
            }
            return new Row(RecordRef.of(event.recordType(), event.recordId()), null, null);
        }
    }
}
