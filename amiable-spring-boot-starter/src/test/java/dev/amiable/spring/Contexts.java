package dev.amiable.spring;

import dev.amiable.spring.internal.AmiableAutoConfiguration;
import dev.amiable.spring.internal.AmiableHealthAutoConfiguration;
import dev.amiable.spring.internal.AmiableLiveAutoConfiguration;
import dev.amiable.spring.internal.AmiableMetricsAutoConfiguration;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's auto-configurations in a runner, and properties pointing at a FakeAsterisk. */
final class Contexts {
    private Contexts() {
    }

    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AmiableAutoConfiguration.class,
                AmiableHealthAutoConfiguration.class, AmiableMetricsAutoConfiguration.class,
                AmiableLiveAutoConfiguration.class));
    }

    /** host, port, user and quick reconnects for {@code amiable.} + {@code prefix}. */
    static String[] at(String prefix, FakeAsterisk pbx) {
        return at(prefix, pbx.port());
    }

    static String[] at(String prefix, int port) {
        String p = "amiable." + prefix;
        return new String[] {p + "host=127.0.0.1", p + "port=" + port, p + "username=admin", p + "secret=amp111",
                p + "reconnect.initial-delay=20ms", p + "reconnect.max-delay=100ms", p + "keep-alive.interval=0s"};
    }

    /** The next action the server received other than the login, or null within the wait. */
    static RecordedAction nextAfterLogin(FakeAsterisk pbx) throws InterruptedException {
        RecordedAction a;
        do {
            a = pbx.takeAction(Duration.ofSeconds(5));
        } while (a != null && a.is("Login"));
        return a;
    }
}
