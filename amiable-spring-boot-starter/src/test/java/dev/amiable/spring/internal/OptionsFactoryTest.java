package dev.amiable.spring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.amiable.AmiOptions;
import dev.amiable.AuthType;
import dev.amiable.OverflowPolicy;
import dev.amiable.spring.AmiableProperties;
import dev.amiable.spring.AmiableServerProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties to AmiOptions: a server's own value, else the one under amiable, else the default. */
class OptionsFactoryTest {
    private static AmiableProperties root() {
        AmiableProperties root = new AmiableProperties();
        root.setHost("pbx.example.com");
        root.setUsername("admin");
        root.setSecret("s3cret");
        root.setEventMask("call");
        root.getReconnect().setMaxDelay(Duration.ofSeconds(5));
        return root;
    }

    @Test
    void aServerTakesItsOwnValuesThenTheSharedOnesThenTheDefaults() {
        AmiableProperties root = root();
        AmiableServerProperties east = new AmiableServerProperties();
        east.setPort(5039);
        east.setAuthType(AuthType.MD5);
        east.setFilters(List.of("Event: Hangup"));
        east.getReconnect().setMaxAttempts(3);
        east.getKeepAlive().setInterval(Duration.ZERO);
        east.setEventQueueOverflow(OverflowPolicy.DROP_NEWEST);

        AmiOptions o = OptionsFactory.options("east", root, east, null);
        assertThat(o.host()).isEqualTo("pbx.example.com");
        assertThat(o.port()).isEqualTo(5039);
        assertThat(o.username()).isEqualTo("admin");
        assertThat(o.authType()).isEqualTo(AuthType.MD5);
        assertThat(o.eventMask()).isEqualTo("call");
        assertThat(o.filters()).containsExactly("Event: Hangup");
        assertThat(o.reconnect().maxAttempts()).isEqualTo(3);
        assertThat(o.reconnect().maxDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.reconnect().initialDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.keepAliveInterval()).isZero();
        assertThat(o.keepAliveTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.overflowPolicy()).isEqualTo(OverflowPolicy.DROP_NEWEST);
        assertThat(o.sslContext()).isNull();

        AmiOptions single = OptionsFactory.options("default", root, root, null);
        assertThat(single.port()).isEqualTo(5038);
        assertThat(single.reconnect().maxAttempts()).isZero();
    }

    @Test
    void tlsUsesTheJvmContextOrANamedBundle() {
        AmiableProperties root = root();
        root.getTls().setEnabled(true);
        assertThat(OptionsFactory.options("default", root, root, null).sslContext()).isNotNull();

        root.getTls().setBundle("ami");
        assertThatThrownBy(() -> OptionsFactory.options("pbx1", root, root, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pbx1").hasMessageContaining("ami");
    }

    @Test
    void aMissingUsernameNamesTheServer() {
        AmiableProperties root = new AmiableProperties();
        assertThatThrownBy(() -> OptionsFactory.options("west", root, new AmiableServerProperties(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("west")
                .hasMessageContaining("username");
    }
}
