package dev.amiable.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Everything under {@code amiable.*}. Either one PBX, set directly under {@code amiable}
 * (one {@code AmiClient} bean named {@code amiClient}), or several under
 * {@code amiable.servers.<name>} (one bean per name, named after it), which take the settings
 * directly under {@code amiable} as their defaults.
 */
@ConfigurationProperties("amiable")
public class AmiableProperties extends AmiableServerProperties {
    /** Whether the application fails to start when a PBX cannot be reached or refuses the login; otherwise the client keeps trying in the background and health reports it DOWN. */
    private boolean failFast;
    /** Name of the single PBX configured directly under amiable, in health and in the metrics' server tag. */
    private String name = "default";
    /** Several PBXs by name; each becomes an AmiClient bean of that name. */
    private Map<String, AmiableServerProperties> servers = new LinkedHashMap<>();
    /** Live state of the PBX (with amiable-live on the class path). */
    @NestedConfigurationProperty
    private Live live = new Live();
    /** Micrometer meters (when a MeterRegistry bean exists). */
    @NestedConfigurationProperty
    private Metrics metrics = new Metrics();

    public boolean isFailFast() { return failFast; }
    public void setFailFast(boolean failFast) { this.failFast = failFast; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Map<String, AmiableServerProperties> getServers() { return servers; }
    public void setServers(Map<String, AmiableServerProperties> servers) { this.servers = servers; }
    public Live getLive() { return live; }
    public void setLive(Live live) { this.live = live; }
    public Metrics getMetrics() { return metrics; }
    public void setMetrics(Metrics metrics) { this.metrics = metrics; }

    /** Live-state settings. */
    public static class Live {
        /** Whether to keep a LivePbx (channels, calls, queues) per client. Default true when amiable-live is on the class path. */
        private boolean enabled = true;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }

    /** Metrics settings. */
    public static class Metrics {
        /** Whether to bind Amiable's meters to the application's MeterRegistry. Default true. */
        private boolean enabled = true;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
    }
}
