package io.ledgerbridge.api.host;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.event.RecordType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads the host's records as they are now. Implemented by the host (registered as an OSGi service, or handed to
 * {@link io.ledgerbridge.api.ConnectorFactory#start}); called by the connector's workers, never on the host's event
 * thread. Implementations must be thread-safe. An empty result means the record no longer exists.
 */
@ConsumerType
public interface HostRecords {

    /**
     * @param tenant the tenant
     * @param hostCustomerId the customer's id
     * @return the customer, or empty when it does not exist
     */
    Optional<HostCustomer> customer(TenantId tenant, String hostCustomerId);

    /**
     * @param tenant the tenant
     * @param hostProjectId the project's id
     * @return the project, or empty when it does not exist
     */
    Optional<HostProject> project(TenantId tenant, String hostProjectId);

    /**
     * @param tenant the tenant
     * @param hostInvoiceId the invoice's id
     * @return the invoice, or empty when it does not exist
     */
    Optional<HostInvoice> invoice(TenantId tenant, String hostInvoiceId);

    /**
     * @param tenant the tenant
     * @param hostInvoiceId the invoice's id
     * @return every payment received against the invoice, oldest first (empty when none)
     */
    List<HostPayment> payments(TenantId tenant, String hostInvoiceId);

    /**
     * @param tenant the tenant
     * @param hostExpenseId the expense's id
     * @return the expense, or empty when it does not exist
     */
    Optional<HostExpense> expense(TenantId tenant, String hostExpenseId);

    /**
     * Streams the ids of the records of one type changed at or after an instant, for "Sync now". Implementations
     * should not hold all ids in memory at once.
     *
     * @param tenant the tenant
     * @param type the record type ({@link RecordType#PAYMENT} is not asked: payments travel with their invoice)
     * @param since the instant, or {@code null} for every record
     * @param sink receives each id once
     */
    void forEachChangedSince(TenantId tenant, RecordType type, Instant since, Consumer<String> sink);
}
