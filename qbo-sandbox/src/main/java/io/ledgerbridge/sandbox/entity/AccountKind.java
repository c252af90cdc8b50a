package io.ledgerbridge.sandbox.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.Faults;
import io.ledgerbridge.sandbox.json.Json;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Account: Name without {@code "} or {@code :}, AccountType from the fixed list, Classification derived from it. */
final class AccountKind extends NameListKind {
    static final Map<String, String[]> TYPES = Map.ofEntries(
            Map.entry("Bank", new String[] {"Asset", "Checking"}),
            Map.entry("Accounts Receivable", new String[] {"Asset", "AccountsReceivable"}),
            Map.entry("Other Current Asset", new String[] {"Asset", "OtherCurrentAssets"}),
            Map.entry("Fixed Asset", new String[] {"Asset", "OtherFixedAssets"}),
            Map.entry("Other Asset", new String[] {"Asset", "OtherLongTermAssets"}),
            Map.entry("Accounts Payable", new String[] {"Liability", "AccountsPayable"}),
            Map.entry("Credit Card", new String[] {"Liability", "CreditCard"}),
            Map.entry("Other Current Liability", new String[] {"Liability", "OtherCurrentLiabilities"}),
            Map.entry("Long Term Liability", new String[] {"Liability", "OtherLongTermLiabilities"}),
            Map.entry("Equity", new String[] {"Equity", "OpeningBalanceEquity"}),
            Map.entry("Income", new String[] {"Revenue", "ServiceFeeIncome"}),
            Map.entry("Cost of Goods Sold", new String[] {"Expense", "SuppliesMaterialsCogs"}),
            Map.entry("Expense", new String[] {"Expense", "OfficeGeneralAdministrativeExpenses"}),
            Map.entry("Other Income", new String[] {"Revenue", "OtherMiscellaneousIncome"}),
            Map.entry("Other Expense", new String[] {"Expense", "OtherMiscellaneousExpense"}),
            Map.entry("Non-Posting", new String[] {"Asset", "OtherNonPosting"}));
    private static final Set<String> PROPS = Set.of("Id", "SyncToken", "domain", "sparse", "MetaData", "Name", "AcctNum",
            "Description", "SubAccount", "ParentRef", "FullyQualifiedName", "Active", "Classification", "AccountType",
            "AccountSubType", "CurrentBalance", "CurrentBalanceWithSubAccounts", "CurrencyRef", "TaxCodeRef",
            "AccountAlias", "TxnLocationType", "OpeningBalance", "OpeningBalanceDate", "status");

    AccountKind() {
        super("Account", PROPS, "FullyQualifiedName");
    }

    @Override
    public Set<String> keptOnFullUpdate() {
        return Set.of("CurrentBalance", "CurrentBalanceWithSubAccounts", "CurrencyRef", "Classification");
    }

    @Override
    public void prepare(EntityContext ctx, ObjectNode e, ObjectNode previous) {
        String n = requiredName(ctx, e);
        ctx.maxLength(e, "Description", 100);
        if (n.indexOf(':') >= 0 || n.indexOf('"') >= 0) {
            throw Faults.business("The account name cannot contain a colon (:) or a double quote (\").");
        }
        String acctNum = Json.text(e, "AcctNum");
        if (acctNum != null && acctNum.indexOf(':') >= 0) {
            throw Faults.business("The account number cannot contain a colon (:).");
        }
        String type = Json.text(e, "AccountType");
        if (type == null && previous != null) {
            type = Json.text(previous, "AccountType");
            e.put("AccountType", type);
        }
        if (type == null) {
            throw Faults.required("AccountType");
        }
        String[] info = TYPES.get(type);
        if (info == null) {
            throw Faults.invalidEnum("AccountType", type);
        }
        e.put("Classification", info[0]);
        if (!e.has("AccountSubType")) {
            e.put("AccountSubType", info[1]);
        }
        ObjectNode parent = uniqueUnderParent(ctx, e, "SubAccount");
        fullyQualifiedName(e, parent, n);
        activeByDefault(e);
        if (!e.has("CurrentBalance")) {
            e.put("CurrentBalance", BigDecimal.ZERO);
            e.put("CurrentBalanceWithSubAccounts", BigDecimal.ZERO);
        }
        if (!e.has("CurrencyRef")) {
            e.set("CurrencyRef", Currencies.ref(ctx.settings().homeCurrency));
        }
    }
}
