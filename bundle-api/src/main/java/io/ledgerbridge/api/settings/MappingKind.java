package io.ledgerbridge.api.settings;

/**
 * The mapping tables an administrator keeps. Each maps a host key to a remote id (and for some an extra remote id).
 */
public enum MappingKind {
    /** Host service or item code to a remote item; the extra id is the item's class (takes precedence). */
    ITEM,
    /** Host department to a remote class. */
    DEPARTMENT_CLASS,
    /** Host tax (VAT) rate code to a remote tax code. Required for EU and Canada, unused in the US. */
    TAX_CODE,
    /** Host payment method (of invoice payments) to the remote deposit account. */
    PAYMENT_DEPOSIT_ACCOUNT,
    /** Host expense payment method to the remote account paid from; the extra id is Cash, Check or CreditCard. */
    EXPENSE_PAYMENT_ACCOUNT,
    /** Host expense category to the remote expense account. */
    EXPENSE_CATEGORY_ACCOUNT,
    /** Host customer id to an existing remote customer (a manual link). */
    CUSTOMER_LINK,
    /** Remote invoice custom field name to a template over host invoice fields. */
    CUSTOM_FIELD
}
