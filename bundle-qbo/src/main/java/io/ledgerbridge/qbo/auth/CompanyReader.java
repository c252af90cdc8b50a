package io.ledgerbridge.qbo.auth;

import io.ledgerbridge.qbo.client.AccessTokenSource;
import io.ledgerbridge.qbo.client.error.QboException;

/**
 * Reads a company's CompanyInfo and Preferences, at connect time and on "Test connection".
 */
public interface CompanyReader {

    /**
     * @param realmId the company
     * @param tokens its access token (refreshed once by the client on a 401 when the source can)
     * @return what the connector keeps about the company
     * @throws QboException when QuickBooks refuses or fails, translated by the client
     */
    CompanyFacts read(String realmId, AccessTokenSource tokens);
}
