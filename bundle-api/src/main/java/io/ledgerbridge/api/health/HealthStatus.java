package io.ledgerbridge.api.health;

/** How a health check ended, in the order of severity that Felix Health Check and most monitors use. */
public enum HealthStatus {
    /** Nothing to do. */
    OK,
    /** Look soon: something is slow or degraded but work goes on. */
    WARN,
    /** Act now: work has stopped or data waits for an administrator. */
    CRITICAL;

    /**
     * @param other another status
     * @return the more severe of the two
     */
    public HealthStatus worse(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
