package dev.amiable;

import java.time.Duration;

/**
 * When to try again after a lost connection: exponential backoff with jitter, or never.
 * A refused login is never retried, whatever the policy.
 *
 * @param enabled      whether to reconnect at all
 * @param initialDelay the wait before the first attempt
 * @param maxDelay     the cap on the wait between attempts
 * @param multiplier   how much the wait grows after each failed attempt (at least 1)
 * @param jitter       the random share (0 to 1) taken off or added to each wait
 * @param maxAttempts  attempts before giving up and closing; 0 for no limit
 */
public record ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier,
        double jitter, int maxAttempts) {

    /** 0.5 s growing ×2 up to 30 s, ±20% jitter, no attempt limit. */
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(true, Duration.ofMillis(500),
            Duration.ofSeconds(30), 2.0, 0.2, 0);

    /** Never reconnect: a lost connection closes the client. */
    public static final ReconnectPolicy OFF = new ReconnectPolicy(false, Duration.ZERO, Duration.ZERO, 1, 0, 0);

    public ReconnectPolicy {
        if (enabled && (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || multiplier < 1
                || jitter < 0 || jitter > 1 || maxAttempts < 0)) {
            throw new IllegalArgumentException("inconsistent reconnect policy: " + initialDelay + ".." + maxDelay
                    + " x" + multiplier + " jitter " + jitter + " attempts " + maxAttempts);
        }
    }

    /** Exponential backoff from {@code initial} to {@code max}, doubling, ±20% jitter. */
    public static ReconnectPolicy exponential(Duration initial, Duration max) {
        return new ReconnectPolicy(true, initial, max, 2.0, 0.2, 0);
    }

    /** This policy with a different jitter share. */
    public ReconnectPolicy withJitter(double share) {
        return new ReconnectPolicy(enabled, initialDelay, maxDelay, multiplier, share, maxAttempts);
    }

    /** This policy giving up after {@code attempts} failed attempts. */
    public ReconnectPolicy withMaxAttempts(int attempts) {
        return new ReconnectPolicy(enabled, initialDelay, maxDelay, multiplier, jitter, attempts);
    }

    /**
     * The wait before attempt {@code attempt} (1-based), before jitter: initial × multiplier^(attempt-1),
     * capped at the maximum.
     */
    public Duration baseDelay(int attempt) {
        double ms = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return Duration.ofMillis((long) Math.min(ms, maxDelay.toMillis()));
    }

    /** {@link #baseDelay} with jitter applied, given a uniform random {@code r} in [0, 1). */
    public Duration delay(int attempt, double r) {
        long base = baseDelay(attempt).toMillis();
        long spread = (long) (base * jitter * (2 * r - 1));
        return Duration.ofMillis(Math.max(0, Math.min(maxDelay.toMillis(), base + spread)));
    }
}
