package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.json.Json;
import java.util.Set;

/** Employee: the shared name rules, BillableTime defaulting to false. */
final class EmployeeKind extends NameListKind {
    private static final Set<String> PROPS = NameRules.with("PrimaryAddr", "SSN", "EmployeeNumber", "BillableTime",
            "BillRate", "BirthDate", "Gender", "HiredDate", "ReleasedDate", "CostRate", "V4IDPseudonym", "EmailAddress");

    EmployeeKind() {
        super("Employee", PROPS, "DisplayName");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        NameRules.names(ctx, e, name(), previous);
        NameRules.addresses(ctx, e, previous, "PrimaryAddr");
        e.put("BillableTime", Json.bool(e, "BillableTime", false));
    }
}
