package io.ledgerbridge.qbo.mapping;

import io.ledgerbridge.api.LedgerBridgeException;

/**
 * A host record that cannot become a QuickBooks entity as it stands (no e-mail, no tax code mapped, a currency the
 * company cannot take). Permanent: the record stops with this message and remedy until it or the settings change.
 */
public final class MappingException extends LedgerBridgeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, in the product's words
     * @param remedy what to do
     */
    public MappingException(String message, String remedy) {
        super(message, remedy);
    }
}
