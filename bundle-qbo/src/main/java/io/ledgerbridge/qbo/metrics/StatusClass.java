package io.ledgerbridge.qbo.metrics;

/** The classes of QuickBooks' HTTP answers that metrics count apart; 429 apart from other 4xx. */
public enum StatusClass {
    /** 2xx. */
    OK("2xx"),
    /** 429 Too Many Requests. */
    THROTTLED("429"),
    /** 4xx other than 429. */
    CLIENT_ERROR("4xx"),
    /** 5xx. */
    SERVER_ERROR("5xx"),
    /** 1xx, 3xx: not expected from QuickBooks. */
    OTHER("other");

    private final String tag;

    StatusClass(String tag) {
        this.tag = tag;
    }

    /** @return the value of the {@code status} tag */
    public String tag() {
        return tag;
    }

    /**
     * @param status an HTTP status
     * @return its class
     */
    public static StatusClass of(int status) {
        if (status == 429) {
            return THROTTLED;
        }
        return switch (status / 100) {
            case 2 -> OK;
            case 4 -> CLIENT_ERROR;
            case 5 -> SERVER_ERROR;
            default -> OTHER;
        };
    }
}
