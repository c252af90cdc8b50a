package io.ledgerbridge.qbo.client.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerbridge.qbo.client.error.QboDuplicateNameException;
import io.ledgerbridge.qbo.client.error.QboStaleObjectException;
import io.ledgerbridge.qbo.client.model.AccountBasedExpenseLineDetail;
import io.ledgerbridge.qbo.client.model.Customer;
import io.ledgerbridge.qbo.client.model.EmailAddress;
import io.ledgerbridge.qbo.client.model.EntityType;
import io.ledgerbridge.qbo.client.model.Invoice;
import io.ledgerbridge.qbo.client.model.Line;
import io.ledgerbridge.qbo.client.model.LinkedTxn;
import io.ledgerbridge.qbo.client.model.Payment;
import io.ledgerbridge.qbo.client.model.PaymentLine;
import io.ledgerbridge.qbo.client.model.Purchase;
import io.ledgerbridge.qbo.client.model.PurchaseLine;
import io.ledgerbridge.qbo.client.model.ReferenceType;
import io.ledgerbridge.qbo.client.model.SalesItemLineDetail;
import io.ledgerbridge.qbo.client.query.QboQuery;
import io.ledgerbridge.sandbox.QboSandbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CRUD, stale objects and requestid replay against the embedded QuickBooks sandbox. */
class QboClientSandboxTest extends EmbeddedSandboxTest {
    private Customer newCustomer(String name) {
        Customer c = new Customer();
        c.setDisplayName(name);
        c.setCompanyName(name);
        EmailAddress email = new EmailAddress();
        email.setAddress("ap@example.com");
        c.setPrimaryEmailAddr(email);
        return client.create(c, "cust-" + Integer.toHexString(name.hashCode()));
    }

    private Invoice newInvoice(String customerId, String amount) {
        SalesItemLineDetail detail = new SalesItemLineDetail();
        detail.setItemRef(ref("1"));
        detail.setQty(BigDecimal.ONE);
        detail.setUnitPrice(new BigDecimal(amount));
        Line line = new Line();
        line.setDetailType("SalesItemLineDetail");
        line.setAmount(new BigDecimal(amount));
        line.setDescription("Consulting");
        line.setSalesItemLineDetail(detail);
        Invoice invoice = new Invoice();
        invoice.setCustomerRef(ref(customerId));
        invoice.setTxnDate(LocalDate.now());
        invoice.setLine(List.of(line));
        return client.create(invoice, "inv-" + customerId + "-" + amount);
    }

    @Test
    void customerLifecycle() {
        Customer created = newCustomer("Amy's Bird \\ Sanctuary Zoë");
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getSyncToken()).isEqualTo("0");
        assertThat(created.getActive()).isTrue();

        Customer found = client.query(QboQuery.from(EntityType.CUSTOMER)
                .where("DisplayName", "Amy's Bird \\ Sanctuary Zoë")).items().get(0);
        assertThat(found.getId()).isEqualTo(created.getId());

        Customer changes = new Customer();
        changes.setId(created.getId());
        changes.setSyncToken(created.getSyncToken());
        changes.setNotes("ext-id: CUST-42");
        Customer updated = client.sparseUpdate(changes, "cust-upd-1");
        assertThat(updated.getNotes()).isEqualTo("ext-id: CUST-42");
        assertThat(updated.getCompanyName()).isEqualTo(created.getCompanyName());
        assertThat(updated.getSyncToken()).isEqualTo("1");

        updated.setGivenName("Amy");
        Customer full = client.update(updated, "cust-upd-2");
        assertThat(full.getGivenName()).isEqualTo("Amy");

        Customer inactive = client.deactivate(full, "cust-deact-1");
        assertThat(inactive.getActive()).isFalse();
        assertThat(client.read(EntityType.CUSTOMER, created.getId()).getActive()).isFalse();
        assertThat(client.query(QboQuery.from(EntityType.CUSTOMER).where("Id", created.getId())).items()).isEmpty();
    }

    @Test
    void invoiceCreateUpdateVoidAndDelete() {
        Customer customer = newCustomer("Invoice Customer");
        Invoice invoice = newInvoice(customer.getId(), "150.00");
        assertThat(invoice.getTotalAmt()).isEqualByComparingTo("150.00");
        assertThat(invoice.getBalance()).isEqualByComparingTo("150.00");
        assertThat(invoice.getLine()).extracting(Line::getDetailType).contains("SubTotalLineDetail");

        Invoice memo = new Invoice();
        memo.setId(invoice.getId());
        memo.setSyncToken(invoice.getSyncToken());
        memo.setPrivateNote("ext-id: INV-9001");
        Invoice updated = client.sparseUpdate(memo, "inv-upd-1");
        assertThat(updated.getPrivateNote()).isEqualTo("ext-id: INV-9001");

        Invoice voided = client.voidInvoice(updated.getId(), updated.getSyncToken(), "inv-void-1");
        assertThat(voided.getTotalAmt()).isEqualByComparingTo("0");

        Invoice other = newInvoice(customer.getId(), "20.00");
        Invoice deleted = client.delete(other, "inv-del-1");
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(sandbox.admin().entity(US, "Invoice", other.getId())).isNull();
    }

    @Test
    void paymentAppliedToAnInvoiceThenVoided() {
        Customer customer = newCustomer("Paying Customer");
        Invoice invoice = newInvoice(customer.getId(), "80.00");
        LinkedTxn link = new LinkedTxn();
        link.setTxnId(invoice.getId());
        link.setTxnType("Invoice");
        PaymentLine line = new PaymentLine();
        line.setAmount(new BigDecimal("80.00"));
        line.setLinkedTxn(List.of(link));
        Payment payment = new Payment();
        payment.setCustomerRef(ref(customer.getId()));
        payment.setTotalAmt(new BigDecimal("80.00"));
        payment.setPaymentRefNum("CHK-1234");
        payment.setPaymentMethodRef(ref("2"));
        payment.setLine(List.of(line));

        Payment created = client.create(payment, "pay-1");
        assertThat(created.getUnappliedAmt()).isEqualByComparingTo("0");
        assertThat(client.read(EntityType.INVOICE, invoice.getId()).getBalance()).isEqualByComparingTo("0");

        Payment voided = client.voidPayment(created.getId(), created.getSyncToken(), "pay-void-1");
        assertThat(voided.getTotalAmt()).isEqualByComparingTo("0");
        assertThat(client.read(EntityType.INVOICE, invoice.getId()).getBalance()).isEqualByComparingTo("80.00");
    }

    @Test
    void purchaseWithABillableExpenseLine() {
        AccountBasedExpenseLineDetail detail = new AccountBasedExpenseLineDetail();
        detail.setAccountRef(ref("16"));
        detail.setBillableStatus("Billable");
        detail.setCustomerRef(ref("1"));
        PurchaseLine line = new PurchaseLine();
        line.setDetailType("AccountBasedExpenseLineDetail");
        line.setAmount(new BigDecimal("42.50"));
        line.setDescription("Taxi to client");
        line.setAccountBasedExpenseLineDetail(detail);
        ReferenceType vendor = ref("1");
        vendor.setType("Vendor");
        Purchase purchase = new Purchase();
        purchase.setPaymentType("CreditCard");
        purchase.setAccountRef(ref("6"));
        purchase.setEntityRef(vendor);
        purchase.setTxnDate(LocalDate.now());
        purchase.setPrivateNote("ext-id: EXP-5001");
        purchase.setLine(List.of(line));

        Purchase created = client.create(purchase, "exp-5001-v1");

        assertThat(created.getTotalAmt()).isEqualByComparingTo("42.50");
        Purchase read = client.read(EntityType.PURCHASE, created.getId());
        assertThat(read.getLine().get(0).getAccountBasedExpenseLineDetail().getCustomerRef().getValue())
                .isEqualTo("1");
        assertThat(read.getPrivateNote()).isEqualTo("ext-id: EXP-5001");
    }

    @Test
    void anOldSyncTokenIsAStaleObjectFault() {
        Customer created = newCustomer("Edited Elsewhere");
        sandbox.admin().edit(US, "Customer", created.getId(),
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("Notes", "by a user"));
        created.setNotes("by the connector");

        assertThatThrownBy(() -> client.update(created, "cust-stale-1"))
                .isInstanceOfSatisfying(QboStaleObjectException.class, e -> {
                    assertThat(e.code()).isEqualTo("5010");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("QB API error (400): stale SyncToken");
                });
    }

    @Test
    void aReplayedRequestIdGivesOneRecord() {
        int before = sandbox.admin().count(US, "Customer");
        Customer c = new Customer();
        c.setDisplayName("Replayed Customer");

        Customer first = client.create(c, "replay-cust-1");
        Customer second = client.create(c, "replay-cust-1");

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(sandbox.admin().count(US, "Customer")).isEqualTo(before + 1);
        assertThatThrownBy(() -> client.create(c, "replay-cust-2")).isInstanceOf(QboDuplicateNameException.class);
    }

    @Test
    void companyInfoAndPreferences() {
        assertThat(client.companyInfo().getCountry()).isEqualTo("US");
        assertThat(client.preferences().getSalesFormsPrefs().getCustomTxnNumbers()).isFalse();
        assertThat(clients.client(QboSandbox.CA_REALM).companyInfo().getCountry()).isEqualTo("CA");
    }
}
