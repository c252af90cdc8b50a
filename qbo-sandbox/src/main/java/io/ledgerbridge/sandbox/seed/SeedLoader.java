package io.ledgerbridge.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ledgerbridge.sandbox.api.QboFault;
import io.ledgerbridge.sandbox.entity.EntityContext;
import io.ledgerbridge.sandbox.entity.EntityKind;
import io.ledgerbridge.sandbox.entity.EntityKinds;
import io.ledgerbridge.sandbox.json.Json;
import io.ledgerbridge.sandbox.json.Times;
import io.ledgerbridge.sandbox.oauth.App;
import io.ledgerbridge.sandbox.oauth.AppRegistry;
import io.ledgerbridge.sandbox.store.Company;
import io.ledgerbridge.sandbox.store.CompanyRegistry;
import io.ledgerbridge.sandbox.store.CompanySettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a seed file ({@code {"apps":[…],"companies":[…]}}) into the registries. Seed entities go through the same
 * validation and server fill-in as API creates, so a seed entity looks exactly like one QuickBooks returned.
 */
public final class SeedLoader {
    /** Creation order, so references point at entities that already exist. */
    static final List<String> ORDER = List.of("Account", "TaxRate", "TaxCode", "Term", "PaymentMethod", "Class",
            "Department", "Item", "Customer", "Vendor", "Employee", "Estimate", "Invoice", "CreditMemo", "SalesReceipt",
            "Payment", "Purchase");
    public static final String DEFAULT_SEED = "/seed/default-seed.json";

    private SeedLoader() {
    }

    public static JsonNode defaultSeed() {
        try (InputStream in = SeedLoader.class.getResourceAsStream(DEFAULT_SEED)) {
            return Json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
    }

    public static void load(JsonNode seed, CompanyRegistry companies, AppRegistry apps, Instant now) {
        for (JsonNode app : seed.path("apps")) {
            apps.add(app(app));
        }
        for (JsonNode c : seed.path("companies")) {
            companies.add(company(c, now));
        }
    }

    public static App app(JsonNode node) {
        return Json.convert(node, App.class);
    }

    public static Company company(JsonNode node, Instant now) {
        CompanySettings s = settings(node);
        Company company = new Company(s, now);
        JsonNode entities = node.path("entities");
        Iterator<String> names = entities.fieldNames();
        while (names.hasNext()) {
            String type = names.next();
            if (!ORDER.contains(type)) {
                throw new IllegalArgumentException("seed company " + s.realmId + ": unknown entity type " + type);
            }
        }
        for (String type : ORDER) {
            for (JsonNode e : entities.path(type)) {
                add(company, EntityKinds.byName(type), (ObjectNode) e.deepCopy(), now);
            }
        }
        return company;
    }

    private static void add(Company company, EntityKind kind, ObjectNode e, Instant now) {
        EntityContext ctx = new EntityContext(company, now, true);
        String id = Json.text(e, "Id") != null ? Json.text(e, "Id") : company.nextId(kind.name());
        for (String f : List.of("Id", "SyncToken", "MetaData", "domain", "sparse")) {
            e.remove(f);
        }
        try {
            kind.prepare(ctx, e, null);
        } catch (QboFault f) {
            throw new IllegalArgumentException("seed company " + company.realmId() + ", " + kind.name() + " " + id
                    + ": " + f.getMessage() + " (" + f.detail() + ")", f);
        }
        ObjectNode stored = Json.object().put("domain", "QBO").put("sparse", false).put("Id", id).put("SyncToken", "0");
        String time = Times.meta(now, company.settings().zone());
        stored.set("MetaData", Json.object().put("CreateTime", time).put("LastUpdatedTime", time));
        e.fields().forEachRemaining(f -> stored.set(f.getKey(), f.getValue()));
        company.put(kind.name(), stored);
        kind.afterSave(ctx, stored, null);
    }

    public static CompanySettings settings(JsonNode node) {
        CompanySettings s = new CompanySettings();
        s.realmId = required(node, "realmId");
        s.companyName = required(node, "companyName");
        s.country = text(node, "country", "US").toUpperCase();
        if (!List.of("US", "CA", "GB", "AU").contains(s.country)) {
            throw new IllegalArgumentException("seed company " + s.realmId + ": country must be US, CA, GB or AU");
        }
        s.homeCurrency = text(node, "homeCurrency", defaultCurrency(s.country));
        s.multiCurrency = node.path("multiCurrency").asBoolean(false);
        s.bookCloseDate = Times.parseDate(Json.text(node, "bookCloseDate"));
        s.customTxnNumbers = node.path("customTxnNumbers").asBoolean(false);
        s.automatedSalesTax = node.path("automatedSalesTax").asBoolean(false) && "US".equals(s.country);
        s.timeZone = text(node, "timeZone", defaultZone(s.country));
        s.defaultTaxCodeId = Json.text(node, "defaultTaxCodeId");
        return s;
    }

    public static ObjectNode settingsJson(CompanySettings s) {
        ObjectNode o = Json.object().put("realmId", s.realmId).put("companyName", s.companyName).put("country", s.country)
                .put("homeCurrency", s.homeCurrency).put("multiCurrency", s.multiCurrency)
                .put("bookCloseDate", s.bookCloseDate == null ? null : s.bookCloseDate.toString())
                .put("customTxnNumbers", s.customTxnNumbers).put("automatedSalesTax", s.automatedSalesTax)
                .put("timeZone", s.timeZone).put("defaultTaxCodeId", s.defaultTaxCodeId);
        return o;
    }

    private static String defaultCurrency(String country) {
        return switch (country) {
            case "CA" -> "CAD";
            case "GB" -> "GBP";
            case "AU" -> "AUD";
            default -> "USD";
        };
    }

    private static String defaultZone(String country) {
        return switch (country) {
            case "CA" -> "America/Toronto";
            case "GB" -> "Europe/London";
            case "AU" -> "Australia/Sydney";
            default -> "America/Los_Angeles";
        };
    }

    private static String required(JsonNode node, String field) {
        String v = Json.text(node, field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("seed company needs " + field);
        }
        return v;
    }

    private static String text(JsonNode node, String field, String fallback) {
        String v = Json.text(node, field);
        return v == null ? fallback : v;
    }
}
