package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import dev.amiable.live.LivePbx;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * A {@link LivePbx} following the single client (bean {@code livePbx}), when amiable-live is on
 * the class path and {@code amiable.live.enabled} is not false. With several servers, the
 * {@code <name>Live} beans come with the clients (see {@code ServersRegistrar}).
 */
@AutoConfiguration(after = AmiableAutoConfiguration.class)
@ConditionalOnClass(LivePbx.class)
@ConditionalOnProperty(name = "amiable.live.enabled", matchIfMissing = true)
public class AmiableLiveAutoConfiguration {

    /** Follows the client from its first login; closed with the context (the client stays open until then). */
    @Bean
    @ConditionalOnMissingBean(LivePbx.class)
    @ConditionalOnBean(AmiClient.class)
    @Conditional(NoServersCondition.class)
    LivePbx livePbx(AmiClient client) {
        return LivePbx.attach(client);
    }
}
