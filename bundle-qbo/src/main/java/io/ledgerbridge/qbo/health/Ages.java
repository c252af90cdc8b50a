package io.ledgerbridge.qbo.health;

import java.time.Duration;

/** Durations as the admin pages write them: "2 h 5 min", "40 min", "35 s". */
final class Ages {
    private Ages() {
    }

    static String of(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        long minutes = s / 60;
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " days";
    }
}
