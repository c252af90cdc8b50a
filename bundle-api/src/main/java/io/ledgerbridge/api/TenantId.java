package io.ledgerbridge.api;

/**
 * A host tenant (an organisation). Each tenant connects at most one remote company; tenants never see each other's
 * data. Created by the host; passed to every connector operation.
 *
 * @param value the host's identifier of the tenant: 1 to 64 letters, digits, '-', '_' or '.'
 */
public record TenantId(String value) {
    public TenantId {
        Checks.requiredText(value, "tenantId");
        if (value.length() > 64 || !value.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidInputException("tenantId", "'" + value + "' is not a valid tenant id",
                    "use 1 to 64 letters, digits, '-', '_' or '.'");
        }
    }

    /**
     * @param value the tenant's identifier
     * @return the tenant id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
