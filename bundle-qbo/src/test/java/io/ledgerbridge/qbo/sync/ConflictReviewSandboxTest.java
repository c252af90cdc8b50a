package io.ledgerbridge.qbo.sync;

import static io.ledgerbridge.qbo.sync.InboundRig.ADMIN;
import static io.ledgerbridge.qbo.sync.SandboxEngine.REALM;
import static io.ledgerbridge.qbo.sync.SandboxEngine.T;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.HostEventKind;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.Address;
import io.ledgerbridge.api.host.HostCustomer;
import io.ledgerbridge.api.sync.Conflict;
import io.ledgerbridge.api.sync.ConflictResolution;
import io.ledgerbridge.qbo.client.http.QboJson;
import io.ledgerbridge.qbo.inbound.RemoteChange.Operation;
import io.ledgerbridge.qbo.mapping.OwnedFields;
import io.ledgerbridge.qbo.mapping.Readable;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an administrator reviews: only the fields the host owns for the record (a field the host leaves empty is
 * QuickBooks' to fill), each value as a person reads it (an address as an address), and "Keep ours" leaving every
 * compared field equal on both sides.
 */
class ConflictReviewSandboxTest extends InboundSandboxTest {

    private String pushed(HostCustomer customer) {
        host.add(customer);
        rig.push(HostEventKind.CUSTOMER_CHANGED, customer.hostCustomerId());
        return rig.qboId(RecordType.CUSTOMER, customer.hostCustomerId());
    }

    private void editInQuickBooks(String id, ObjectNode fields) {
        rig.admin().edit(REALM, "Customer", id, fields);
        rig.poke("Customer", id, Operation.UPDATE);
    }

    @Test
    void theReviewComparesOnlyHostOwnedFieldsReadablyAndKeepOursLeavesEachOfThemEqual() {
        String id = pushed(new HostCustomer("c1", "Zephyr Labs", "Zoe Zeph", "ap@zephyr.example", null,
                new Address("1 Pier St", null, "San Francisco", "CA", "94105", "USA"), null, Instant.now()));
        ObjectNode edit = QboJson.newObjectMapper().createObjectNode().put("DisplayName", "Zephyr Labs Inc")
                .put("CompanyName", "Zephyr Holdings");
        edit.putObject("BillAddr").put("Line1", "9 Dock Rd").put("City", "Oakland").put("CountrySubDivisionCode", "CA")
                .put("PostalCode", "94607").put("Country", "USA").put("Lat", "INVALID").put("Long", "INVALID");
        edit.putObject("PrimaryPhone").put("FreeFormNumber", "555-0111"); // the host has no phone: QuickBooks' own
        editInQuickBooks(id, edit);

        Conflict c = rig.open().get(0);
        assertThat(c.remoteValues().keySet()).containsExactlyInAnyOrder("DisplayName", "CompanyName", "BillAddr");
        assertThat(c.hostValues()).containsEntry("CompanyName", "Zephyr Labs")
                .containsEntry("BillAddr", "1 Pier St, San Francisco, CA 94105, USA");
        assertThat(c.remoteValues()).containsEntry("CompanyName", "Zephyr Holdings")
                .containsEntry("BillAddr", "9 Dock Rd, Oakland, CA 94607, USA");

        rig.conflicts.resolve(T, c.conflictId(), ConflictResolution.KEEP_HOST, ADMIN);
        rig.e.module.engine().drain();

        Map<String, String> now = OwnedFields.snapshot(RecordType.CUSTOMER, rig.qbo("Customer", id));
        for (String field : c.remoteValues().keySet()) {
            assertThat(Readable.value(now.get(field))).as(field).isEqualTo(c.hostValues().get(field));
        }
        rig.poke("Customer", id, Operation.UPDATE);
        assertThat(rig.open()).isEmpty();
    }

    @Test
    void aFieldTheHostLeavesEmptyIsQuickBooksToFillAndNoConflict() {
        String id = pushed(new HostCustomer("c2", null, "Pat Lee", "pat@lee.example", null, null, null,
                Instant.now()));

        editInQuickBooks(id, QboJson.newObjectMapper().createObjectNode().put("CompanyName", "Lee Consulting"));

        assertThat(rig.open()).isEmpty();
        assertThat(rig.status(RecordType.CUSTOMER, "c2").state()).isEqualTo(io.ledgerbridge.api.sync.SyncState.SYNCED);
    }
}
