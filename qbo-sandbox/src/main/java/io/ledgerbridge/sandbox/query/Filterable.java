package io.ledgerbridge.sandbox.query;

import io.ledgerbridge.sandbox.api.Faults;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The properties a WHERE may name, per entity, from the "filterable" traits of Intuit's API reference. Anything else
 * is fault 4001 ("not queryable"), so a query that works here also works against QuickBooks (e.g. PrivateNote and
 * Notes are not filterable). Id, Active and MetaData times are filterable everywhere.
 */
final class Filterable {
    private static final Set<String> COMMON = Set.of("Id", "Active", "MetaData.CreateTime", "MetaData.LastUpdatedTime");
    private static final List<String> PEOPLE = List.of("DisplayName", "GivenName", "MiddleName", "FamilyName",
            "CompanyName", "PrimaryEmailAddr", "PrintOnCheckName", "Balance");
    private static final List<String> SALES = List.of("DocNumber", "TxnDate", "CustomerRef", "TotalAmt", "Balance",
            "DueDate", "SalesTermRef", "ProjectRef");
    private static final Map<String, Set<String>> BY_ENTITY = Map.ofEntries(
            Map.entry("Customer", with(PEOPLE, "FullyQualifiedName", "BalanceWithJobs", "ParentRef", "Job")),
            Map.entry("Vendor", with(PEOPLE)),
            Map.entry("Employee", with(PEOPLE)),
            Map.entry("Invoice", with(SALES)),
            Map.entry("CreditMemo", with(SALES)),
            Map.entry("SalesReceipt", with(SALES)),
            Map.entry("Estimate", with(SALES, "TxnStatus")),
            Map.entry("Payment", with(List.of("TxnDate", "TotalAmt", "CustomerRef", "PaymentRefNum", "ProjectRef"))),
            Map.entry("Purchase", with(List.of("DocNumber", "TxnDate", "TotalAmt", "PaymentType", "AccountRef", "EntityRef"))),
            Map.entry("Item", with(List.of("Name", "Sku", "Type", "FullyQualifiedName", "ParentRef"))),
            Map.entry("Account", with(List.of("Name", "AccountType", "AccountSubType", "Classification", "SubAccount",
                    "FullyQualifiedName", "CurrentBalance", "CurrentBalanceWithSubAccounts", "AcctNum", "ParentRef"))),
            Map.entry("TaxCode", with(List.of("Name", "Description"))),
            Map.entry("TaxRate", with(List.of("Name", "Description", "RateValue", "AgencyRef"))),
            Map.entry("Class", with(List.of("Name", "FullyQualifiedName", "ParentRef", "SubClass"))),
            Map.entry("Department", with(List.of("Name", "FullyQualifiedName", "ParentRef", "SubDepartment"))),
            Map.entry("Term", with(List.of("Name", "Type", "DueDays"))),
            Map.entry("PaymentMethod", with(List.of("Name", "Type"))));

    private Filterable() {
    }

    private static Set<String> with(List<String> base, String... extra) {
        Set<String> s = new HashSet<>();
        COMMON.forEach(p -> s.add(p.toLowerCase(Locale.ROOT)));
        base.forEach(p -> s.add(p.toLowerCase(Locale.ROOT)));
        for (String e : extra) {
            s.add(e.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(s);
    }

    /** Fails with 4001 when {@code property} cannot be filtered on for {@code entity}. */
    static void check(String entity, String property) {
        Set<String> allowed = BY_ENTITY.get(entity);
        if (allowed == null) {
            return;
        }
        // property names compare without case, which also accepts the docs' "Metadata." spelling
        if (!allowed.contains(property.toLowerCase(Locale.ROOT))) {
            throw Faults.invalidQuery("property '" + property + "' is not queryable");
        }
    }
}
