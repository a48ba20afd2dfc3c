package dev.amiable.kafka;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Closes the shared {@link Broker} when JUnit's launcher session ends, so the broker stops in the
 * normal flow of the test run rather than in a JVM shutdown hook racing the fork's exit.
 * Registered in {@code META-INF/services}.
 */
public final class BrokerSession implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            Broker.closeIfStarted();
        } catch (Exception e) {
            throw new IllegalStateException("closing the test broker failed", e);
        }
    }
}
