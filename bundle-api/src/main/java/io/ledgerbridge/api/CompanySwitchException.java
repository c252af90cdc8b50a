package io.ledgerbridge.api;

/**
 * Thrown by {@link ConnectionOperations#completeConnect} when the administrator chose a different remote company
 * than the tenant was connected to before. Nothing was stored and the authorisation stays usable for a few minutes,
 * so the host can ask for confirmation and call again with
 * {@link io.ledgerbridge.api.sync.AuthorizationCallback#confirmCompanySwitch()} set. Thrown by the connector.
 */
public class CompanySwitchException extends LedgerBridgeException {
    private static final long serialVersionUID = 1L;

    private final String previousCompany;
    private final String chosenCompany;

    /**
     * @param previousCompany the company (name and id) the tenant was connected to
     * @param chosenCompany the company (id) now chosen
     */
    public CompanySwitchException(String previousCompany, String chosenCompany) {
        super("This organisation was connected to QuickBooks company " + previousCompany
                + "; you chose company " + chosenCompany + ".",
                "Confirm only when the old company is retired: its links, mappings, default item and class are "
                        + "cleared, and records are matched or created in the new company on their next push.");
        this.previousCompany = previousCompany;
        this.chosenCompany = chosenCompany;
    }

    /** @return the company the tenant was connected to */
    public String previousCompany() {
        return previousCompany;
    }

    /** @return the company now chosen */
    public String chosenCompany() {
        return chosenCompany;
    }
}
