package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.TenantId;
import java.util.List;
import java.util.Optional;

/** Look-ups in QuickBooks name lists, with the query language's quoting. */
final class NameLists {
    private final QboGateway qbo;

    NameLists(QboGateway qbo) {
        this.qbo = qbo;
    }

    /**
     * @param tenant the tenant
     * @param entity Customer, Vendor or Item
     * @param field the field
     * @param value the exact value
     * @return the matches, inactive ones included
     */
    List<ObjectNode> byField(TenantId tenant, String entity, String field, String value) {
        return qbo.query(tenant, entity, java.util.Map.of(field, value), true);
    }

    /** Like {@link #byField}, answered from the pass's look-ups fetched ahead when there is one. */
    List<ObjectNode> byField(Pass pass, String entity, String field, String value) {
        List<ObjectNode> ahead = pass.lookups.remove(key(entity, field, value));
        return ahead != null ? ahead : byField(pass.tenant, entity, field, value);
    }

    static String key(String entity, String field, String value) {
        return entity + "|" + field + "|" + value;
    }

    Optional<ObjectNode> first(TenantId tenant, String entity, String field, String value) {
        return byField(tenant, entity, field, value).stream().findFirst();
    }
}
