package io.ledgerbridge.sandbox.api;

/** The QuickBooks fault codes the sandbox raises, with Intuit's wording. */
public final class Faults {
    private Faults() {
    }

    public static QboFault unknownProperty(String property, String entity) {
        return QboFault.validation("2010", "Request has invalid or unsupported property",
                "Property Name:Unrecognized field \"" + property + "\" (class com.intuit.schema.finance.v3." + entity
                        + "), not marked as ignorable specified is unsupported or invalid", null);
    }

    public static QboFault invalidType(String property) {
        return QboFault.validation("2010", "Request has invalid or unsupported property",
                "Property Name:" + property + " specified is unsupported or invalid", null);
    }

    public static QboFault badRequestBody(String reason) {
        return QboFault.validation("2010", "Request has invalid or unsupported property",
                "Property Name:" + reason + " specified is unsupported or invalid", null);
    }

    public static QboFault required(String field) {
        return QboFault.validation("2020", "Required param missing, need to supply the required value for the API",
                "Required parameter " + field + " is missing in the request", field);
    }

    public static QboFault invalidId(String supplied) {
        return new QboFault(400, "2030", "Invalid ID", "Id should be a valid number. Supplied value:" + supplied, "Id",
                "ValidationFault", false);
    }

    public static QboFault tooLong(String field, int max, int supplied) {
        return QboFault.validation("2050", "String length specified does not match the supported length",
                String.format(java.util.Locale.US, "Min:0 Max:%,d supported. Supplied length:%,d", max, supplied), field);
    }

    public static QboFault invalidEnum(String field, String value) {
        return QboFault.validation("2170", "Invalid Enumeration",
                "Invalid Enumeration : " + value + " is not a valid value for " + field, field);
    }

    public static QboFault badEmail(String field) {
        return QboFault.validation("2210", "Email Address does not conform to the syntax rules of RFC 822",
                "Email Address does not conform to the syntax rules of RFC 822. Supplied value does not contain a valid address", field);
    }

    public static QboFault invalidReference(String field, String id) {
        return QboFault.validation("2500", "Invalid Reference Id",
                "Invalid Reference Id : " + field + " assigned is not found. Supplied value:" + id, field);
    }

    public static QboFault inactiveReference(String field) {
        return QboFault.validation("610", "Object Not Found",
                "Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.",
                "");
    }

    public static QboFault objectNotFound() {
        return QboFault.validation("610", "Object Not Found",
                "Object Not Found : Something you're trying to use has been made inactive. Check the fields with accounts, customers, items, vendors or employees.",
                "");
    }

    public static QboFault deletedTransaction() {
        return QboFault.validation("610", "Object Not Found", "Object Not Found : Another user has deleted this transaction.", "");
    }

    public static QboFault linkedToOtherCustomer(String txnId) {
        return QboFault.validation("620", "TxnID Cannot Be Linked",
                "TxnID Cannot Be Linked : Transaction " + txnId + " belongs to another customer.", "");
    }

    public static QboFault stale() {
        return QboFault.validation("5010", "Stale Object Error",
                "Stale Object Error : You and QuickBooks User were working on this at the same time. QuickBooks User finished before you did, so your work was not saved.",
                "");
    }

    public static QboFault duplicateName(String id) {
        return QboFault.validation("6240", "Duplicate Name Exists Error",
                "The name supplied already exists. : Another customer, vendor or employee is already using this name. Please use a different name.",
                null);
    }

    public static QboFault duplicateItemName() {
        return QboFault.validation("6240", "Duplicate Name Exists Error",
                "The name supplied already exists. : Another product or service is already using this name. Please use a different name.",
                null);
    }

    public static QboFault duplicateDocNumber(String docNumber, String txnType, String txnId) {
        return QboFault.validation("6140", "Duplicate Document Number Error",
                "Duplicate Document Number Error : You must specify a different number. This number has already been used. DocNumber="
                        + docNumber + " is assigned to TxnType=" + txnType + " with TxnId=" + txnId, "");
    }

    public static QboFault booksClosed() {
        return QboFault.validation("6210", "Account Period Closed, Cannot Update Through Services API",
                "The account period has closed and the account books cannot be updated through through the QBO Services API. Please use the QBO website to make these changes.",
                "");
    }

    public static QboFault business(String detail) {
        return QboFault.validation("6000", "A business validation error has occurred while processing your request",
                "Business Validation Error: " + detail, "");
    }

    public static QboFault companyCancelled() {
        return QboFault.validation("6190", "Invalid Company Status",
                "Invalid Company Status : The subscription period has ended or the company has been cancelled.", "");
    }

    public static QboFault invalidQuery(String detail) {
        return QboFault.validation("4001", "Invalid query", "QueryValidationError: " + detail, null);
    }

    public static QboFault queryParse(String detail) {
        return QboFault.validation("4000", "Error parsing query", "QueryParserError: " + detail, null);
    }

    public static QboFault unsupportedOperation(String relativePath, String baseUrl) {
        return QboFault.validation("500", "Unsupported Operation", "Operation Could not find resource for relative : "
                + relativePath + " of full path: " + baseUrl + relativePath + " is not supported.", null);
    }

    public static QboFault operationNotSupported(String operation, String entity) {
        return QboFault.validation("500", "Unsupported Operation",
                "Operation " + operation + " is not supported for " + entity + ".", null);
    }

    public static QboFault injected5xx(int status) {
        return new QboFault(status, "3100", "message=InternalServerError; errorCode=003100; statusCode=" + status,
                "An internal error occurred. Resubmit the request once.", null, "SystemFault", true);
    }
}
