package io.ledgerbridge.sandbox;

import static io.ledgerbridge.sandbox.QueryTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Look-ups by name, e-mail and DocNumber answer exactly as a scan of the company does: case ignored (Unicode for
 * {@code =}, ASCII for LIKE), surrounding spaces significant for queries, numbers compared by value, and the uniqueness
 * checks on create unchanged. (These expectations hold for the sandbox before the indexes, too.)
 */
class IndexedLookupTest extends SandboxTestBase {

    private String customer(String displayName) {
        return us.create("Customer", "{\"DisplayName\":\"" + displayName + "\"}").get("Id").asText();
    }

    private java.util.List<String> customers(String where) {
        return ids(us.query("SELECT * FROM Customer WHERE " + where), "Customer");
    }

    @Test
    void equalityIgnoresCaseIncludingUnicodeButNotSpaces() {
        String zoe = customer("Zoë Ärger");
        String istanbul = customer("İstanbul Imports");
        String spaced = customer("  Spaced Out  ");
        assertThat(customers("DisplayName = 'ZOË ÄRGER'")).containsExactly(zoe);
        assertThat(customers("DisplayName = 'istanbul imports'")).containsExactly(istanbul);
        assertThat(customers("DisplayName = 'Spaced Out'")).isEmpty();
        assertThat(customers("DisplayName = '  spaced out  '")).containsExactly(spaced);
        assertThat(customers("DisplayName IN ('acme widgets ltd', 'nobody', 'COBALT CONSULTING')")).containsExactly("1", "3");
        assertThat(customers("displayname = 'Acme Widgets Ltd'")).containsExactly("1");
    }

    @Test
    void likeIsAPrefixWithAsciiCaseOnlyAndSuffixesStillScan() {
        String zoe = customer("Zoë Ärger");
        String percent = customer("100% Organic");
        assertThat(customers("DisplayName LIKE 'zoë%'")).containsExactly(zoe);
        assertThat(customers("DisplayName LIKE 'ZOË%'")).isEmpty(); // LIKE folds ASCII letters only
        assertThat(customers("DisplayName LIKE '100%'")).containsExactly(percent);
        assertThat(customers("DisplayName LIKE 'acme widgets ltd'")).containsExactly("1");
        assertThat(customers("DisplayName LIKE '%Ärger'")).containsExactly(zoe);
        assertThat(customers("DisplayName LIKE 'c%' AND Active = true")).containsExactly("3");
    }

    @Test
    void numbersCompareByValueAndQuotesAndBackslashesSurvive() {
        String number = customer("1001");
        String quoted = customer("O'Brien \\\\ Sons");
        assertThat(customers("DisplayName = '1001.0'")).containsExactly(number);
        assertThat(customers("DisplayName = '01001'")).containsExactly(number);
        assertThat(customers("DisplayName = 'o\\'brien \\\\ sons'")).containsExactly(quoted);
        assertThat(customers("Id IN ('1', '3', '05')")).containsExactly("1", "3");
        assertThat(customers("Id = '2.0'")).containsExactly("2");
    }

    @Test
    void emailLookUpIgnoresCaseAndInactiveRecordsStayOutUnlessAsked() {
        String id = us.create("Customer", "{\"DisplayName\":\"Mail Me\",\"PrimaryEmailAddr\":{\"Address\":\"Mail@Example.COM\"}}")
                .get("Id").asText();
        assertThat(customers("PrimaryEmailAddr = 'mail@example.com'")).containsExactly(id);
        assertThat(customers("PrimaryEmailAddr LIKE 'MAIL@%'")).containsExactly(id);
        assertThat(customers("DisplayName = 'Dormant Holdings'")).isEmpty();
        assertThat(customers("DisplayName = 'Dormant Holdings' AND Active IN (true, false)")).containsExactly("5");
    }

    @Test
    void uniquenessChecksFindTheSameClashes() {
        customer("İstanbul Imports");
        assertThat(us.post("customer", "{\"DisplayName\":\" acme WIDGETS ltd \"}").faultCode()).isEqualTo("6240");
        assertThat(us.post("vendor", "{\"DisplayName\":\"COBALT consulting\"}").faultCode()).isEqualTo("6240");
        assertThat(us.post("customer", "{\"DisplayName\":\"İSTANBUL IMPORTS\"}").faultCode()).isEqualTo("6240");
        // lower-cased, "İ" is "i" and a combining dot: a plain "i" is another name
        assertThat(us.post("customer", "{\"DisplayName\":\"istanbul imports\"}").status()).isEqualTo(200);
        assertThat(us.post("item", "{\"Name\":\"SERVICES\",\"Type\":\"Service\",\"IncomeAccountRef\":{\"value\":\"11\"}}")
                .faultCode()).isEqualTo("6240");
        // a renamed customer frees its old name and holds the new one
        us.post("customer", "{\"Id\":\"3\",\"SyncToken\":\"0\",\"sparse\":true,\"DisplayName\":\"Cobalt Advisory\"}");
        assertThat(us.post("customer", "{\"DisplayName\":\"Cobalt Consulting\"}").status()).isEqualTo(200);
        assertThat(us.post("customer", "{\"DisplayName\":\"cobalt advisory\"}").faultCode()).isEqualTo("6240");
    }

    @Test
    void docNumbersClashWithoutCaseAndNumberOnFromTheGreatest() {
        us.create("Invoice", "{\"DocNumber\":\"INV-7\"," + invoiceJson("1", "5").substring(1));
        assertThat(us.post("invoice", "{\"DocNumber\":\"inv-7\"," + invoiceJson("1", "5").substring(1)).faultCode())
                .isEqualTo("6140");
        assertThat(us.post("creditmemo", "{\"DocNumber\":\"Inv-7\"," + invoiceJson("1", "5").substring(1)).faultCode())
                .isEqualTo("6140");
        us.create("Invoice", "{\"DocNumber\":\"2041\"," + invoiceJson("1", "5").substring(1));
        assertThat(us.create("Invoice", invoiceJson("2", "5")).get("DocNumber").asText()).isEqualTo("2042");
        assertThat(ids(us.query("SELECT * FROM Invoice WHERE DocNumber = 'inv-7'"), "Invoice")).containsExactly("1");
        assertThat(ids(us.query("SELECT * FROM Invoice WHERE DocNumber = '2041.00'"), "Invoice")).containsExactly("2");
    }
}
