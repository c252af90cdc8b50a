package io.ledgerbridge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CustomerTest extends SandboxTestBase {

    @Test
    void createFillsServerFields() {
        JsonNode c = us.create("Customer", "{\"DisplayName\":\"Okafor, Ngozi\"}");
        assertThat(c.get("domain").asText()).isEqualTo("QBO");
        assertThat(c.get("sparse").asBoolean()).isFalse();
        assertThat(c.get("SyncToken").asText()).isEqualTo("0");
        assertThat(c.at("/MetaData/CreateTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
        assertThat(c.get("FullyQualifiedName").asText()).isEqualTo("Okafor, Ngozi");
        assertThat(c.get("PrintOnCheckName").asText()).isEqualTo("Okafor, Ngozi");
        assertThat(c.get("Active").asBoolean()).isTrue();
        assertThat(c.get("Job").asBoolean()).isFalse();
        assertThat(c.get("BillWithParent").asBoolean()).isFalse();
        assertThat(c.get("Balance").decimalValue()).isZero();
        assertThat(c.get("BalanceWithJobs").decimalValue()).isZero();
        assertThat(c.at("/CurrencyRef/value").asText()).isEqualTo("USD");
        assertThat(c.at("/CurrencyRef/name").asText()).isEqualTo("United States Dollar");
        assertThat(c.get("PreferredDeliveryMethod").asText()).isEqualTo("Print");
        assertThat(c.at("/DefaultTaxCodeRef/value").asText()).isEqualTo("2");
        assertThat(c.get("Taxable").asBoolean()).isTrue();
        Api.Resp read = us.get("customer/" + c.get("Id").asText());
        assertThat(read.raw().headers().firstValue("intuit-tid").orElse("")).startsWith("1-");
        assertThat(read.raw().headers().firstValue("intuit_tid")).isEqualTo(read.raw().headers().firstValue("intuit-tid"));
        assertThat(read.json().get("Customer")).isEqualTo(c);
    }

    @Test
    void displayNameIsBuiltFromNamePartsWhenLeftOut() {
        JsonNode c = us.create("Customer", "{\"GivenName\":\"Ada\",\"FamilyName\":\"Lovelace\"}");
        assertThat(c.get("DisplayName").asText()).isEqualTo("Ada Lovelace");
        Api.Resp none = us.post("customer", "{\"CompanyName\":\"No Names Ltd\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.faultCode()).isEqualTo("2020");
    }

    @Test
    void subCustomersCarryParentLevelAndFullyQualifiedName() {
        JsonNode job = us.create("Customer", "{\"DisplayName\":\"Phase 2\",\"ParentRef\":{\"value\":\"4\"},\"Job\":true,\"BillWithParent\":true}");
        assertThat(job.get("Job").asBoolean()).isTrue();
        assertThat(job.get("Level").asInt()).isEqualTo(2);
        assertThat(job.get("BillWithParent").asBoolean()).isTrue();
        assertThat(job.get("FullyQualifiedName").asText()).isEqualTo("Cobalt Consulting:Website Project:Phase 2");
        assertThat(job.at("/ParentRef/value").asText()).isEqualTo("4");

        Api.Resp badParent = us.post("customer", "{\"DisplayName\":\"Orphan\",\"ParentRef\":{\"value\":\"999\"}}");
        assertThat(badParent.faultCode()).isEqualTo("2500");

        Api.Resp rename = us.post("customer", "{\"Id\":\"3\",\"SyncToken\":\"0\",\"sparse\":true,\"DisplayName\":\"Cobalt Group\"}");
        assertThat(rename.status()).isEqualTo(200);
        assertThat(sandbox.admin().entity(QboSandbox.US_REALM, "Customer", job.get("Id").asText()).get("FullyQualifiedName").asText())
                .isEqualTo("Cobalt Group:Website Project:Phase 2");
    }

    @Test
    void aCustomerCannotMoveUnderItsOwnJob() {
        Api.Resp cycle = us.post("customer", "{\"Id\":\"3\",\"SyncToken\":\"0\",\"sparse\":true,\"ParentRef\":{\"value\":\"4\"}}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.faultCode()).isEqualTo("6000");
    }

    @Test
    void subCustomersNestAtMostFourLevels() {
        String parent = "4"; // level 1
        for (int level = 2; level <= 4; level++) {
            parent = us.create("Customer", "{\"DisplayName\":\"L" + level + "\",\"ParentRef\":{\"value\":\"" + parent + "\"}}").get("Id").asText();
        }
        Api.Resp tooDeep = us.post("customer", "{\"DisplayName\":\"L5\",\"ParentRef\":{\"value\":\"" + parent + "\"}}");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.faultCode()).isEqualTo("6000");
    }

    @Test
    void displayNameIsUniqueAcrossCustomersVendorsAndEmployeesIncludingInactive() {
        assertThat(us.post("customer", "{\"DisplayName\":\"Acme Widgets Ltd\"}").faultCode()).isEqualTo("6240");
        assertThat(us.post("customer", "{\"DisplayName\":\"city cabs\"}").faultCode()).isEqualTo("6240"); // a vendor
        assertThat(us.post("vendor", "{\"DisplayName\":\"Jordan Lee\"}").faultCode()).isEqualTo("6240"); // an employee
        assertThat(us.post("employee", "{\"DisplayName\":\"Dormant Holdings\"}").faultCode()).isEqualTo("6240"); // inactive customer
        Api.Resp dup = us.post("customer", "{\"DisplayName\":\"Sam Rivera\"}"); // inactive employee
        assertThat(dup.status()).isEqualTo(400);
        assertThat(dup.json().at("/Fault/Error/0/Message").asText()).isEqualTo("Duplicate Name Exists Error");
        assertThat(dup.json().at("/Fault/type").asText()).isEqualTo("ValidationFault");
        assertThat(dup.json().has("time")).isTrue();
        assertThat(dup.contentType()).isEqualTo("application/json");
    }

    @Test
    void namesRejectColonTabAndNewline() {
        for (String bad : new String[] {"A:B", "A\\tB", "A\\nB"}) {
            Api.Resp r = us.post("customer", "{\"DisplayName\":\"" + bad + "\"}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.faultCode()).isEqualTo("6000");
        }
        assertThat(us.post("customer", "{\"DisplayName\":\"Fine\",\"GivenName\":\"Jo:hn\"}").status()).isEqualTo(400);
    }

    @Test
    void lengthLimitsGive2050() {
        Api.Resp longName = us.post("customer", "{\"DisplayName\":\"" + "x".repeat(501) + "\"}");
        assertThat(longName.faultCode()).isEqualTo("2050");
        assertThat(longName.json().at("/Fault/Error/0/Detail").asText()).isEqualTo("Min:0 Max:500 supported. Supplied length:501");
        assertThat(us.post("customer", "{\"DisplayName\":\"" + "x".repeat(500) + "\"}").status()).isEqualTo(200);
        assertThat(us.post("customer", "{\"DisplayName\":\"N\",\"Notes\":\"" + "n".repeat(2001) + "\"}").faultCode()).isEqualTo("2050");
        assertThat(us.post("customer", "{\"DisplayName\":\"P\",\"PrimaryPhone\":{\"FreeFormNumber\":\"" + "1".repeat(31) + "\"}}").faultCode()).isEqualTo("2050");
        assertThat(us.post("customer", "{\"DisplayName\":\"Q\",\"BillAddr\":{\"PostalCode\":\"" + "1".repeat(31) + "\"}}").faultCode()).isEqualTo("2050");
    }

    @Test
    void emailMustBeValid() {
        Api.Resp bad = us.post("customer", "{\"DisplayName\":\"Mail\",\"PrimaryEmailAddr\":{\"Address\":\"not-an-address\"}}");
        assertThat(bad.faultCode()).isEqualTo("2210");
        assertThat(us.post("customer", "{\"DisplayName\":\"Mail\",\"PrimaryEmailAddr\":{\"Address\":\"a@b.co\"}}").status()).isEqualTo(200);
    }

    @Test
    void unknownPropertyIs2010() {
        Api.Resp r = us.post("customer", "{\"DisplayName\":\"X\",\"Nickname\":\"y\"}");
        assertThat(r.faultCode()).isEqualTo("2010");
        assertThat(r.json().at("/Fault/Error/0/Detail").asText()).contains("Unrecognized field \"Nickname\"");
    }

    @Test
    void badIdIs2030WithoutTimeAndMissingIs610() {
        Api.Resp bad = us.get("customer/1.5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.faultCode()).isEqualTo("2030");
        assertThat(bad.json().at("/Fault/Error/0/element").asText()).isEqualTo("Id");
        assertThat(bad.json().has("time")).isFalse();
        assertThat(us.get("customer/99999").faultCode()).isEqualTo("610");
    }

    @Test
    void staleSyncTokenIs5010() {
        assertThat(us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"a\"}").status()).isEqualTo(200);
        Api.Resp stale = us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"b\"}");
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.faultCode()).isEqualTo("5010");
        assertThat(us.post("customer", "{\"Id\":\"1\",\"sparse\":true,\"Notes\":\"b\"}").faultCode()).isEqualTo("2020");
    }

    @Test
    void fullUpdateClearsOmittedFieldsWhileSparseKeepsThem() {
        JsonNode sparse = us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"0\",\"sparse\":true,\"Notes\":\"kept\"}").json().get("Customer");
        assertThat(sparse.get("CompanyName").asText()).isEqualTo("Acme Widgets Ltd");
        JsonNode full = us.post("customer", "{\"Id\":\"1\",\"SyncToken\":\"1\",\"DisplayName\":\"Acme Widgets Ltd\"}").json().get("Customer");
        assertThat(full.has("CompanyName")).isFalse();
        assertThat(full.has("Notes")).isFalse();
        assertThat(full.get("SyncToken").asText()).isEqualTo("2");
        assertThat(full.at("/CurrencyRef/value").asText()).isEqualTo("USD");
    }

    @Test
    void unchangedUpdateKeepsSyncToken() {
        JsonNode same = us.post("customer", "{\"Id\":\"5\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}").json().get("Customer");
        assertThat(same.get("SyncToken").asText()).isEqualTo("0");
        JsonNode changed = us.post("customer", "{\"Id\":\"5\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":true}").json().get("Customer");
        assertThat(changed.get("SyncToken").asText()).isEqualTo("1");
    }

    @Test
    void deactivateHidesFromDefaultQueriesButCannotDelete() {
        assertThat(us.post("customer", "{\"Id\":\"2\",\"SyncToken\":\"0\",\"sparse\":true,\"Active\":false}").status()).isEqualTo(200);
        assertThat(us.query("select * from Customer where Id = '2'").json().get("QueryResponse").has("Customer")).isFalse();
        assertThat(us.query("select * from Customer where Id = '2' and Active = false").json().at("/QueryResponse/Customer/0/Id").asText()).isEqualTo("2");
        Api.Resp delete = us.post("customer?operation=delete", "{\"Id\":\"2\",\"SyncToken\":\"1\"}");
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.faultCode()).isEqualTo("500");
    }

    @Test
    void currencyIsFixedAtCreateAndMustBeHomeWithoutMulticurrency() {
        assertThat(us.post("customer", "{\"DisplayName\":\"Euro GmbH\",\"CurrencyRef\":{\"value\":\"EUR\"}}").faultCode()).isEqualTo("6000");
        JsonNode usd = ca.create("Customer", "{\"DisplayName\":\"Dollar Inc\",\"CurrencyRef\":{\"value\":\"USD\"}}");
        assertThat(usd.at("/CurrencyRef/name").asText()).isEqualTo("United States Dollar");
        Api.Resp change = ca.post("customer", "{\"Id\":\"" + usd.get("Id").asText() + "\",\"SyncToken\":\"0\",\"sparse\":true,\"CurrencyRef\":{\"value\":\"CAD\"}}");
        assertThat(change.faultCode()).isEqualTo("6000");
        assertThat(ca.create("Customer", "{\"DisplayName\":\"Home Currency Co\"}").at("/CurrencyRef/value").asText()).isEqualTo("CAD");
    }

    @Test
    void invalidEnumIs2170() {
        assertThat(us.post("customer", "{\"DisplayName\":\"E\",\"PreferredDeliveryMethod\":\"Pigeon\"}").faultCode()).isEqualTo("2170");
    }
}
