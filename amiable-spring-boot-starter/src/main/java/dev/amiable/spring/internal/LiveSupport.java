package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import dev.amiable.micrometer.AmiableMetrics;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.util.ClassUtils;

/**
 * Everything that touches amiable-live, so that the starter works without it: this class is loaded
 * only after {@link #PRESENT} said the module is there.
 */
final class LiveSupport {
    /** Whether amiable-live is on the class path. */
    static final boolean PRESENT = ClassUtils.isPresent("dev.amiable.live.LivePbx", LiveSupport.class.getClassLoader());

    private LiveSupport() {
    }

    /** The LivePbx bean of the client bean {@code clientBean}: the only one, or the one named {@code <clientBean>Live}. */
    static void pair(ListableBeanFactory beans, List<ServerEntry> servers, Map<String, AmiClient> clientBeans) {
        Map<String, LivePbx> lives = beans.getBeansOfType(LivePbx.class);
        for (Map.Entry<String, AmiClient> c : clientBeans.entrySet()) {
            LivePbx live = lives.size() == 1 && clientBeans.size() == 1 ? lives.values().iterator().next()
                    : lives.get(c.getKey() + "Live");
            if (live != null) {
                for (ServerEntry s : servers) {
                    if (s.client() == c.getValue()) {
                        s.live(live);
                    }
                }
            }
        }
    }

    /** One LivePbx bean per server, named {@code <name>Live}, unless the application has one of that name. */
    static void register(BeanDefinitionRegistry registry, String clientBean, BeanFactory beanFactory) {
        String name = clientBean + "Live";
        if (registry.containsBeanDefinition(name)) {
            return;
        }
        RootBeanDefinition d = new RootBeanDefinition(LivePbx.class,
                () -> LivePbx.attach(beanFactory.getBean(clientBean, AmiClient.class)));
        d.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
        registry.registerBeanDefinition(name, d);
    }

    /** Whether the server's live state is synced and not stale; null when no live state is kept. */
    static Boolean synced(ServerEntry s) {
        if (s.live() == null) {
            return null;
        }
        PbxSnapshot snapshot = ((LivePbx) s.live()).snapshot();
        return snapshot.synced() && !snapshot.stale();
    }

    /** Adds the live gauges of the server's live state, if any. */
    static void addTo(AmiableMetrics metrics, ServerEntry s) {
        if (s.live() != null) {
            metrics.live((LivePbx) s.live());
        }
    }
}
