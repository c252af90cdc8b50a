package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import io.ledgerbridge.api.host.HostExpense;
import io.ledgerbridge.api.host.HostRecords;
import io.ledgerbridge.api.sync.RecordRef;
import io.ledgerbridge.qbo.mapping.Adjustments;
import io.ledgerbridge.qbo.mapping.CustomerMapper;
import io.ledgerbridge.qbo.mapping.Mapped;
import io.ledgerbridge.qbo.mapping.NameClash;
import io.ledgerbridge.qbo.mapping.TransactionMapper;
import java.util.Map;
import java.util.Optional;

/**
 * Pushes expenses as Purchases. The supplier becomes a Vendor found by its sanitised name (inactive included) or
 * created, with the customers' clash rule when a customer or employee already has the name.
 */
final class ExpensePusher {
    private static final String PLACEHOLDER_ID = "0";

    private final HostRecords host;
    private final QboGateway qbo;
    private final EntityWriter writer;
    private final CustomerPusher customers;
    private final NameLists names;

    ExpensePusher(HostRecords host, QboGateway qbo, EntityWriter writer, CustomerPusher customers, NameLists names) {
        this.host = host;
        this.qbo = qbo;
        this.writer = writer;
        this.customers = customers;
        this.names = names;
    }

    Step step(Pass pass, String hostExpenseId, boolean force) {
        RecordRef ref = RecordRef.of(RecordType.EXPENSE, hostExpenseId);
        Optional<HostExpense> found = host.expense(pass.tenant, hostExpenseId);
        if (found.isEmpty()) {
            return Step.done(Written.skipped("The expense no longer exists in the host"));
        }
        HostExpense expense = found.get();
        if (pass.settings.syncStartDate() != null && expense.spentOn().isBefore(pass.settings.syncStartDate())) {
            return Step.done(Written.skipped("The expense is dated " + expense.spentOn()
                    + ", before the sync start date " + pass.settings.syncStartDate()));
        }
        // Map once with placeholder references first: an unmapped account or a bad value fails the record before
        // its Vendor or its billable customer is written to QuickBooks.
        TransactionMapper.purchase(expense, PLACEHOLDER_ID, PLACEHOLDER_ID, pass.tables);
        String vendorId = vendor(pass, expense.vendorName());
        String billable = expense.billableHostCustomerId() == null ? null
                : customers.ensureCustomer(pass, expense.billableHostCustomerId());
        Mapped mapped = TransactionMapper.purchase(expense, vendorId, billable, pass.tables);
        return writer.step(pass, ref, mapped, null, null, force);
    }

    private String vendor(Pass pass, String vendorName) {
        String cached = pass.vendorIds.get(vendorName);
        if (cached != null) {
            return cached;
        }
        Mapped plain = CustomerMapper.vendor(vendorName, pass.settings);
        String name = plain.body().path("DisplayName").asText();
        int limit = CustomerMapper.displayNameLimit(pass.settings);
        String id = null;
        for (int attempt = 0; attempt < 5 && id == null; attempt++) {
            String candidate = attempt == 0 ? name : NameClash.alternative(pass.settings.nameClashTemplate(), name,
                    Map.of("hostId", "Vendor"), attempt, limit, new Adjustments());
            Optional<ObjectNode> existing = names.first(pass.tenant, "Vendor", "DisplayName", candidate);
            if (existing.isPresent()) {
                id = existing.get().path("Id").asText();
                break;
            }
            ObjectNode body = plain.body().deepCopy().put("DisplayName", candidate);
            try {
                id = qbo.create(pass.tenant, "Vendor", body, RequestIds.of(pass.tenant,
                        RecordRef.of(RecordType.EXPENSE, "vendor"), candidate)).path("Id").asText();
            } catch (QboFault f) {
                if (!"6240".equals(f.code())) {
                    throw f;
                }
                // A customer or employee has the name: try the next deterministic alternative.
            }
        }
        if (id == null) {
            throw PushFailure.stop("Duplicate Name Exists Error: no free vendor name for '" + vendorName + "'",
                    "Rename the supplier, or change the name-clash template, then re-sync");
        }
        pass.vendorIds.put(vendorName, id);
        return id;
    }
}
