package io.ledgerbridge.qbo.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.api.event.RecordType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnedFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void quickBooksOwnAdditionsAreNotEdits() throws Exception {
        ObjectNode pushed = json("{'Id':'7','SyncToken':'0','DocNumber':'Z-1','TxnDate':'2026-12-01',"
                + "'CustomerRef':{'value':'3'},'Line':[{'DetailType':'SalesItemLineDetail','Amount':100.00,"
                + "'SalesItemLineDetail':{'ItemRef':{'value':'1'},'Qty':2,'UnitPrice':50}}],'Balance':100}");
        ObjectNode later = json("{'Id':'7','SyncToken':'3','DocNumber':'Z-1','TxnDate':'2026-12-01',"
                + "'CustomerRef':{'value':'3','name':'Zephyr Labs'},'Line':[{'Id':'1','LineNum':1,"
                + "'DetailType':'SalesItemLineDetail','Amount':100,'SalesItemLineDetail':{'ItemRef':{'value':'1',"
                + "'name':'Services'},'Qty':2.0,'UnitPrice':50.00}},{'DetailType':'SubTotalLineDetail','Amount':100}],"
                + "'Balance':0,'LinkedTxn':[{'TxnId':'9','TxnType':'Payment'}]}");

        assertThat(OwnedFields.differing(OwnedFields.snapshot(RecordType.INVOICE, pushed),
                OwnedFields.snapshot(RecordType.INVOICE, later))).isEmpty();
    }

    @Test
    void anEditAndAVoidAreFoundAndSimpleObjectsReadAsTheirText() throws Exception {
        Map<String, String> before = OwnedFields.snapshot(RecordType.CUSTOMER,
                json("{'DisplayName':'Acme','PrimaryEmailAddr':{'Address':'a@acme.example'}}"));
        Map<String, String> after = OwnedFields.snapshot(RecordType.CUSTOMER,
                json("{'DisplayName':'Acme Ltd','PrimaryEmailAddr':{'Address':'a@acme.example'},"
                        + "'PrimaryPhone':{'FreeFormNumber':'555'}}"));
        assertThat(before).containsEntry("PrimaryEmailAddr", "a@acme.example");
        assertThat(OwnedFields.differing(before, after)).containsExactly("DisplayName", "PrimaryPhone");

        Map<String, String> voided = OwnedFields.snapshot(RecordType.INVOICE,
                json("{'DocNumber':'Z-1','TotalAmt':0,'PrivateNote':'Voided'}"));
        assertThat(voided).containsEntry(OwnedFields.VOIDED, "true");
    }

    @Test
    void quickBooksValuesBecomeHostFieldsAndLinesCannot() throws Exception {
        Map<String, String> remote = OwnedFields.snapshot(RecordType.CUSTOMER, json("{'DisplayName':'Acme Ltd',"
                + "'GivenName':'Pat','FamilyName':'Lee',"
                + "'BillAddr':{'Id':'4','Line1':'1 Main St','City':'Springfield'}}"));
        assertThat(OwnedFields.toHost(RecordType.CUSTOMER, Set.of("DisplayName", "GivenName", "BillAddr"), remote,
                true)).containsEntry("companyName", "Acme Ltd").containsEntry("contactName", "Pat Lee")
                .containsEntry("billingAddress.line1", "1 Main St").containsEntry("billingAddress.city", "Springfield")
                .containsEntry("billingAddress.postalCode", "");
        assertThatThrownBy(() -> OwnedFields.toHost(RecordType.INVOICE, Set.of("Line"), Map.of(), true))
                .isInstanceOf(MappingException.class).hasMessageContaining("Line");
    }
}
