package io.ledgerbridge.api.host;

import io.ledgerbridge.api.Checks;
import java.time.Instant;

/**
 * A project (a job) that belongs to one customer. QuickBooks keeps projects as sub-customers when the connector is
 * set to. Created by the host; read by the connector through {@link HostRecords#project}.
 *
 * @param hostProjectId the host's id of the project
 * @param hostCustomerId the host's id of the customer it belongs to
 * @param name the project's name
 * @param active whether the project is open
 * @param updatedAt when the host last changed the project
 */
public record HostProject(String hostProjectId, String hostCustomerId, String name, boolean active,
        Instant updatedAt) {
    public HostProject {
        Checks.requiredText(hostProjectId, "hostProjectId");
        Checks.requiredText(hostCustomerId, "hostCustomerId");
        Checks.requiredText(name, "name");
        Checks.required(updatedAt, "updatedAt");
    }
}
