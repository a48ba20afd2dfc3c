package dev.amiable.spring.internal;

import dev.amiable.micrometer.AmiableMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Binds {@link AmiableMetrics} of every client (tag {@code server}: its server name) to the
 * application's {@link MeterRegistry}, once every singleton exists, when there is one registry
 * (or a primary one, such as Boot's composite).
 */
@AutoConfiguration(after = {AmiableAutoConfiguration.class, AmiableLiveAutoConfiguration.class})
@ConditionalOnClass({MeterRegistry.class, AmiableMetrics.class})
@ConditionalOnProperty(name = "amiable.metrics.enabled", matchIfMissing = true)
public class AmiableMetricsAutoConfiguration {

    @Bean
    MeterBinding amiableMeterBinding(ObjectProvider<MeterRegistry> registry, ObjectProvider<AmiServers> servers) {
        return new MeterBinding(registry, servers);
    }

    /** Binds when the context is ready; stops counting when it closes. */
    static final class MeterBinding implements SmartInitializingSingleton, DisposableBean {
        private final ObjectProvider<MeterRegistry> registry;
        private final ObjectProvider<AmiServers> servers;
        private final List<AmiableMetrics> bound = new ArrayList<>();

        MeterBinding(ObjectProvider<MeterRegistry> registry, ObjectProvider<AmiServers> servers) {
            this.registry = registry;
            this.servers = servers;
        }

        @Override
        public void afterSingletonsInstantiated() {
            MeterRegistry r = registry.getIfUnique();
            AmiServers all = servers.getIfAvailable();
            if (r == null || all == null) {
                return;
            }
            for (ServerEntry s : all.all()) {
                AmiableMetrics m = new AmiableMetrics(s.client(), s.name());
                if (LiveSupport.PRESENT) {
                    LiveSupport.addTo(m, s);
                }
                m.bindTo(r);
                bound.add(m);
            }
        }

        @Override
        public void destroy() {
            bound.forEach(AmiableMetrics::close);
        }
    }
}
