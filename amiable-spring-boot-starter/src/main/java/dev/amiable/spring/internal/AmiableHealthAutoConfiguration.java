package dev.amiable.spring.internal;

import dev.amiable.AmiOptions;
import dev.amiable.ConnectionState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The health component {@code amiable}: one entry per server, UP when logged in (and, with live
 * state, synced), DOWN while connecting, reconnecting or closed; details host, port, state, AMI
 * version, last error and, with live state, synced.
 */
@AutoConfiguration(after = AmiableAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("amiable")
public class AmiableHealthAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "amiableHealthContributor")
    CompositeHealthContributor amiableHealthContributor(AmiServers servers) {
        return new ServersHealth(servers);
    }

    /** Looks the servers up on each call, so it can exist before they are resolved. */
    static final class ServersHealth implements CompositeHealthContributor {
        private final AmiServers servers;

        ServersHealth(AmiServers servers) {
            this.servers = servers;
        }

        private CompositeHealthContributor current() {
            Map<String, HealthIndicator> m = new LinkedHashMap<>();
            for (ServerEntry s : servers.all()) {
                m.put(s.name(), () -> health(s));
            }
            return CompositeHealthContributor.fromMap(m);
        }

        @Override
        public org.springframework.boot.health.contributor.HealthContributor getContributor(String name) {
            return current().getContributor(name);
        }

        @Override
        public java.util.stream.Stream<org.springframework.boot.health.contributor.HealthContributors.Entry> stream() {
            return current().stream();
        }
    }

    static Health health(ServerEntry s) {
        ConnectionState state = s.client().state();
        Boolean synced = LiveSupport.PRESENT ? LiveSupport.synced(s) : null;
        boolean up = state == ConnectionState.CONNECTED && !Boolean.FALSE.equals(synced);
        Health.Builder b = up ? Health.up() : Health.down();
        AmiOptions o = s.options();
        if (o != null) {
            b.withDetail("host", o.host()).withDetail("port", o.port());
        }
        b.withDetail("state", state.name());
        if (s.client().amiVersion() != null) {
            b.withDetail("amiVersion", s.client().amiVersion());
        }
        if (s.lastError() != null) {
            b.withDetail("lastError", s.lastError());
        }
        if (synced != null) {
            b.withDetail("synced", synced);
        }
        return b.build();
    }
}
