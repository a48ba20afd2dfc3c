package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import dev.amiable.spring.AmiableServerProperties;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * One {@link AmiClient} bean per {@code amiable.servers.<name>}, named after it, unless the
 * application defines a bean of that name itself, and, with amiable-live, a {@code LivePbx} bean
 * {@code <name>Live} following it. The beans close (the clients sending Logoff) with the context.
 */
final class ServersRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {
    private Environment environment;
    private BeanFactory beanFactory;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /** The names under {@code amiable.servers}, in order. */
    static Set<String> serverNames(Environment environment) {
        return Binder.get(environment)
                .bind("amiable.servers", Bindable.mapOf(String.class, AmiableServerProperties.class))
                .orElse(Map.of()).keySet();
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        boolean live = LiveSupport.PRESENT
                && Binder.get(environment).bind("amiable.live.enabled", Boolean.class).orElse(true);
        for (String name : serverNames(environment)) {
            if (live) {
                LiveSupport.register(registry, name, beanFactory);
            }
            if (registry.containsBeanDefinition(name)) {
                continue;   // the application's own bean wins
            }
            RootBeanDefinition d = new RootBeanDefinition(AmiClient.class,
                    () -> beanFactory.getBean(ClientFactory.class).server(name));
            d.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
            registry.registerBeanDefinition(name, d);
        }
    }
}
