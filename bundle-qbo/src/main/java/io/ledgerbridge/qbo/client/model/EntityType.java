package io.ledgerbridge.qbo.client.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A QuickBooks entity kind: its name in JSON envelopes and queries ({@code "Customer"}), its lower-case URI segment
 * ({@code /customer}) and the DTO class that holds it.
 *
 * @param name the QuickBooks entity name, case-sensitive
 * @param type the DTO class
 * @param <T> the DTO type
 */
public record EntityType<T extends QboEntity>(String name, Class<T> type) {
    public static final EntityType<Customer> CUSTOMER = new EntityType<>("Customer", Customer.class);
    public static final EntityType<Vendor> VENDOR = new EntityType<>("Vendor", Vendor.class);
    public static final EntityType<Item> ITEM = new EntityType<>("Item", Item.class);
    public static final EntityType<Account> ACCOUNT = new EntityType<>("Account", Account.class);
    public static final EntityType<TaxCode> TAX_CODE = new EntityType<>("TaxCode", TaxCode.class);
    public static final EntityType<TaxRate> TAX_RATE = new EntityType<>("TaxRate", TaxRate.class);
    public static final EntityType<QboClass> CLASS = new EntityType<>("Class", QboClass.class);
    public static final EntityType<Department> DEPARTMENT = new EntityType<>("Department", Department.class);
    public static final EntityType<PaymentMethod> PAYMENT_METHOD = new EntityType<>("PaymentMethod", PaymentMethod.class);
    public static final EntityType<Term> TERM = new EntityType<>("Term", Term.class);
    public static final EntityType<Invoice> INVOICE = new EntityType<>("Invoice", Invoice.class);
    public static final EntityType<CreditMemo> CREDIT_MEMO = new EntityType<>("CreditMemo", CreditMemo.class);
    public static final EntityType<Payment> PAYMENT = new EntityType<>("Payment", Payment.class);
    public static final EntityType<Purchase> PURCHASE = new EntityType<>("Purchase", Purchase.class);
    public static final EntityType<CompanyInfo> COMPANY_INFO = new EntityType<>("CompanyInfo", CompanyInfo.class);
    public static final EntityType<Preferences> PREFERENCES = new EntityType<>("Preferences", Preferences.class);

    private static final List<EntityType<?>> ALL = List.of(CUSTOMER, VENDOR, ITEM, ACCOUNT, TAX_CODE, TAX_RATE, CLASS,
            DEPARTMENT, PAYMENT_METHOD, TERM, INVOICE, CREDIT_MEMO, PAYMENT, PURCHASE, COMPANY_INFO, PREFERENCES);
    private static final Map<Class<?>, EntityType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EntityType::type, Function.identity()));
    private static final Map<String, EntityType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EntityType::name, Function.identity()));

    /** The URI segment: QuickBooks entity paths are the lower-case entity name ({@code /paymentmethod}). */
    public String path() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Every entity kind the client knows. */
    public static List<EntityType<?>> all() {
        return ALL;
    }

    /** The entity kind of a DTO class. */
    @SuppressWarnings("unchecked")
    public static <T extends QboEntity> EntityType<T> of(Class<T> type) {
        EntityType<?> found = BY_CLASS.get(type);
        if (found == null) {
            throw new IllegalArgumentException(type.getName() + " is not a QuickBooks entity the client knows");
        }
        return (EntityType<T>) found;
    }

    /** The entity kind of a DTO instance. */
    @SuppressWarnings("unchecked")
    public static <T extends QboEntity> EntityType<T> of(T entity) {
        return of((Class<T>) entity.getClass());
    }

    /** The entity kind named {@code name} in a QuickBooks envelope, if the client knows it. */
    public static Optional<EntityType<?>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
