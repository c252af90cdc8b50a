package io.ledgerbridge.api.host;

import io.ledgerbridge.api.TenantId;
import io.ledgerbridge.api.sync.RecordRef;
import java.time.LocalDate;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes into the host what the connector brings back from the remote ledger: imported contacts and invoices,
 * payments, "fully paid", and values an administrator chose to apply from a conflict. Implemented by the host;
 * called by the connector's workers. Each call is one change the host must make atomically; the connector does
 * not publish a host event for it and ignores the echo the host may publish.
 */
@ConsumerType
public interface HostLedger {

    /**
     * @param tenant the tenant
     * @param customer the contact to create (no host id) or update (with host id)
     * @return the host's id of the created or updated customer
     */
    String upsertCustomer(TenantId tenant, ImportedCustomer customer);

    /**
     * Creates or updates a project imported from a remote sub-customer (job). Hosts written against 1.0 do not
     * implement it: the import then reports each sub-customer as failed with this exception's remedy, and imports
     * everything else.
     *
     * @param tenant the tenant
     * @param project the project to create (no host id) or update (with host id)
     * @return the host's id of the created or updated project
     * @throws io.ledgerbridge.api.InvalidInputException when the host does not take imported projects
     * @since 1.1
     */
    default String upsertProject(TenantId tenant, ImportedProject project) {
        throw new io.ledgerbridge.api.InvalidInputException("project",
                "this host does not take projects imported from sub-customers",
                "implement HostLedger.upsertProject in the host, or merge the sub-customer into its parent in "
                        + "QuickBooks");
    }

    /**
     * Creates or updates an imported invoice. The host must not book a payment for what was already paid remotely:
     * right after this call the connector records each remote payment made so far through {@link #recordPayment}
     * (on every import; a payment id the host already recorded must change nothing), so the invoice's paid amount
     * and status follow from its recorded payments.
     *
     * @param tenant the tenant
     * @param invoice the invoice to create (no host id) or update (with host id)
     * @return the host's id of the created or updated invoice
     */
    String upsertInvoice(TenantId tenant, ImportedInvoice invoice);

    /**
     * Records a payment that was made in the remote ledger.
     *
     * @param tenant the tenant
     * @param payment the payment; its host id is the remote ledger's payment id prefixed by the connector
     */
    void recordPayment(TenantId tenant, HostPayment payment);

    /**
     * Marks an invoice fully paid, as the remote ledger shows it.
     *
     * @param tenant the tenant
     * @param hostInvoiceId the invoice
     * @param paidOn the date the remote ledger shows as paid
     */
    void markPaid(TenantId tenant, String hostInvoiceId, LocalDate paidOn);

    /**
     * Applies field values an administrator accepted from a conflict, all of them or none.
     * <p>
     * Field names are those of the record components of this package ({@code billingAddress.city} for a part of the
     * address, {@code amount.amount} for an expense's amount); an empty value clears the field. One field names no
     * component: on an invoice, {@code payments.<hostPaymentId>} with the empty value removes that payment, which the
     * remote ledger no longer has (voided or deleted there). The invoice's status then follows the payments left: no
     * longer {@link InvoiceStatus#PAID} when they do not cover its total (partly paid, or unpaid when none is left).
     *
     * @param tenant the tenant
     * @param record the host record
     * @param values host field names to new values
     */
    void applyValues(TenantId tenant, RecordRef record, Map<String, String> values);
}
