package dev.amiable.testkit.internal;

import java.time.Instant;

/** Time as Asterisk writes it. */
public final class Clock {
    private Clock() {
    }

    /** Seconds since the epoch with six decimals, e.g. {@code 1795349739.391863}. */
    public static String epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() + "." + String.format("%06d", now.getNano() / 1000);
    }
}
