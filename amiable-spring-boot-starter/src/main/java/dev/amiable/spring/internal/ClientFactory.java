package dev.amiable.spring.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.spring.AmiableProperties;
import dev.amiable.spring.AmiableServerProperties;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;

/**
 * Makes the clients the properties describe and remembers what it made, so health, metrics and
 * listeners know each client's server name, options and last error.
 *
 * <p>With {@code amiable.fail-fast} a client logs in before its bean exists, and a failure stops
 * the application; without it the bean exists at once and the client connects in the background,
 * trying again by its reconnect policy while the PBX is unreachable.
 */
public final class ClientFactory {
    private final AmiableProperties properties;
    private final ObjectProvider<SslBundles> bundles;
    private final Map<AmiClient, ServerEntry> made = new ConcurrentHashMap<>();

    public ClientFactory(AmiableProperties properties, ObjectProvider<SslBundles> bundles) {
        this.properties = properties;
        this.bundles = bundles;
    }

    /** The client of the server configured directly under {@code amiable}. */
    public AmiClient single() {
        return create(properties.getName(), properties);
    }

    /** The client of {@code amiable.servers.<name>}. */
    public AmiClient server(String name) {
        AmiableServerProperties p = properties.getServers().get(name);
        if (p == null) {
            throw new IllegalArgumentException("no amiable.servers." + name);
        }
        return create(name, p);
    }

    private AmiClient create(String name, AmiableServerProperties server) {
        AmiOptions options = OptionsFactory.options(name, properties, server, bundles.getIfAvailable());
        ServerEntry[] entry = new ServerEntry[1];
        java.util.function.Consumer<AmiClient> setup = c -> {
            entry[0] = new ServerEntry(name, c, options);
            c.addConnectionListener(entry[0]);
        };
        AmiClient client = properties.isFailFast() ? AmiClient.connect(options, setup)
                : AmiClient.connectInBackground(options, setup);
        made.put(client, entry[0]);
        return client;
    }

    /** What the factory knows of {@code client}, or null when the application made it. */
    ServerEntry entryOf(AmiClient client) {
        return made.get(client);
    }
}
