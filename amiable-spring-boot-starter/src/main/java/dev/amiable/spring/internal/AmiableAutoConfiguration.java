package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import dev.amiable.spring.AmiableProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * Amiable's clients from {@code amiable.*}: one bean {@code amiClient}, or one bean per
 * {@code amiable.servers.<name>}; each backs off when the application defines its own. Also
 * registers {@code @AmiListener} methods. Health, metrics and live state have their own
 * auto-configurations.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration")
@EnableConfigurationProperties(AmiableProperties.class)
@Import(ServersRegistrar.class)
public class AmiableAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ClientFactory amiableClientFactory(AmiableProperties properties, ObjectProvider<SslBundles> bundles) {
        return new ClientFactory(properties, bundles);
    }

    /** The single client, closed (Logoff) with the context. */
    @Bean
    @ConditionalOnMissingBean(AmiClient.class)
    @Conditional(NoServersCondition.class)
    AmiClient amiClient(ClientFactory factory) {
        return factory.single();
    }

    @Bean
    @ConditionalOnMissingBean
    AmiServers amiableServers(ListableBeanFactory beans, ClientFactory factory) {
        return new AmiServers(beans, factory);
    }

    @Bean
    static ListenerMethods amiableListenerMethods(ObjectProvider<AmiServers> servers) {
        return new ListenerMethods(servers);
    }
}
