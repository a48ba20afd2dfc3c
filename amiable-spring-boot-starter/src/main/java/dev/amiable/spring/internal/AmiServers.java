package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Every {@link AmiClient} bean of the context, by server name: the name under
 * {@code amiable.servers} (or {@code amiable.name}) for a client the starter made, the bean name
 * for one the application made. Resolved once, after every singleton exists.
 */
public final class AmiServers {
    private final ListableBeanFactory beans;
    private final ClientFactory factory;
    private volatile List<ServerEntry> entries;

    public AmiServers(ListableBeanFactory beans, ClientFactory factory) {
        this.beans = beans;
        this.factory = factory;
    }

    /** The servers, in bean registration order. */
    public List<ServerEntry> all() {
        List<ServerEntry> e = entries;
        if (e == null) {
            synchronized (this) {
                if (entries == null) {
                    entries = resolve();
                }
                e = entries;
            }
        }
        return e;
    }

    private List<ServerEntry> resolve() {
        List<ServerEntry> out = new ArrayList<>();
        Map<String, AmiClient> clients = beans.getBeansOfType(AmiClient.class);
        for (Map.Entry<String, AmiClient> b : clients.entrySet()) {
            ServerEntry known = factory.entryOf(b.getValue());
            if (known != null) {
                out.add(known);
            } else {
                ServerEntry own = new ServerEntry(b.getKey(), b.getValue(), null);
                b.getValue().addConnectionListener(own);
                out.add(own);
            }
        }
        if (LiveSupport.PRESENT) {
            LiveSupport.pair(beans, out, clients);
        }
        return Collections.unmodifiableList(out);
    }
}
