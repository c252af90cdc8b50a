package io.ledgerbridge.qbo.auth;

/**
 * Reads a company's CompanyInfo and Preferences with an access token, at connect time and on "Test connection".
 */
public interface CompanyReader {

    /**
     * @param realmId the company
     * @param accessToken a valid access token for it
     * @return what the connector keeps about the company
     * @throws CompanyReadException when QuickBooks refuses (401: the token was rejected) or fails
     */
    CompanyFacts read(String realmId, String accessToken);
}
