package dev.amiable.spring.internal;

import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.spring.AmiableProperties;
import dev.amiable.spring.AmiableServerProperties;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundles;

/**
 * Turns properties into {@link AmiOptions}: each setting from the server's own properties, else
 * from those directly under {@code amiable}, else Amiable's default.
 */
final class OptionsFactory {
    private final AmiableServerProperties server;
    private final AmiableProperties root;

    private OptionsFactory(AmiableProperties root, AmiableServerProperties server) {
        this.root = root;
        this.server = server;
    }

    /**
     * @param bundles the context's SSL bundles, or null when there are none
     * @throws IllegalArgumentException (naming the server) when a setting is missing or wrong
     */
    static AmiOptions options(String name, AmiableProperties root, AmiableServerProperties server, SslBundles bundles) {
        try {
            return new OptionsFactory(root, server).build(bundles);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("amiable server '" + name + "': " + e.getMessage(), e);
        }
    }

    private AmiOptions build(SslBundles bundles) {
        AmiOptions.Builder b = AmiOptions.builder();
        set(p -> p.getHost(), b::host);
        set(p -> p.getPort(), b::port);
        set(p -> p.getUsername(), b::username);
        set(p -> p.getSecret(), b::secret);
        set(p -> p.getAuthType(), b::authType);
        set(p -> p.getConnectTimeout(), b::connectTimeout);
        set(p -> p.getActionTimeout(), b::actionTimeout);
        set(p -> p.getEventMask(), b::eventMask);
        set(p -> p.getFilters(), filters -> filters.forEach(b::filter));
        set(p -> p.getEventQueueCapacity(), b::eventQueueCapacity);
        set(p -> p.getEventQueueOverflow(), b::overflowPolicy);
        set(p -> p.getEventQueueMaxBlock(), b::maxBlock);
        set(p -> p.getEventQueueReadAheadBytes(), b::readAheadBytes);
        set(p -> p.getTls().getHostnameVerification(), b::hostnameVerification);
        String bundle = pick(p -> p.getTls().getBundle());
        Boolean tls = pick(p -> p.getTls().getEnabled());
        if (Boolean.TRUE.equals(tls) || (tls == null && bundle != null)) {
            b.tls(sslContext(bundle, bundles));
        }
        AmiOptions defaults = AmiOptions.builder().username("-").secret("-").build();
        b.keepAlive(or(pick(p -> p.getKeepAlive().getInterval()), defaults.keepAliveInterval()),
                or(pick(p -> p.getKeepAlive().getTimeout()), defaults.keepAliveTimeout()));
        ReconnectPolicy d = ReconnectPolicy.DEFAULT;
        b.reconnect(new ReconnectPolicy(or(pick(p -> p.getReconnect().getEnabled()), d.enabled()),
                or(pick(p -> p.getReconnect().getInitialDelay()), d.initialDelay()),
                or(pick(p -> p.getReconnect().getMaxDelay()), d.maxDelay()),
                or(pick(p -> p.getReconnect().getMultiplier()), d.multiplier()),
                or(pick(p -> p.getReconnect().getJitter()), d.jitter()),
                or(pick(p -> p.getReconnect().getMaxAttempts()), d.maxAttempts())));
        return b.build();
    }

    private static SSLContext sslContext(String bundle, SslBundles bundles) {
        if (bundle == null) {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("no default TLS context: " + e.getMessage(), e);
            }
        }
        if (bundles == null) {
            throw new IllegalArgumentException("tls.bundle '" + bundle + "' is set but the context has no SSL bundles");
        }
        return bundles.getBundle(bundle).createSslContext();
    }

    private <T> void set(Function<AmiableServerProperties, T> get, Consumer<T> to) {
        T v = pick(get);
        if (v != null) {
            to.accept(v);
        }
    }

    private <T> T pick(Function<AmiableServerProperties, T> get) {
        T v = server == root ? null : get.apply(server);
        return v != null ? v : get.apply(root);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
