package dev.amiable.bench;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import java.time.Duration;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.AbstractManagerAction;

/** Connections to {@link MiniAmi} for both clients, set up alike: no keep-alive, no reconnect. */
public final class Clients {
    private Clients() {
    }

    public static AmiOptions.Builder amiableOptions(int port) {
        return AmiOptions.builder().host("127.0.0.1").port(port).username("bench").secret("bench")
                .keepAlive(Duration.ZERO, Duration.ofSeconds(5)).reconnect(ReconnectPolicy.OFF)
                .actionTimeout(Duration.ofSeconds(30));
    }

    public static AmiClient amiable(int port) {
        return AmiClient.connect(amiableOptions(port).build());
    }

    /** asterisk-java's connection, logged in (its login: Challenge, MD5 Login, CoreSettings). */
    public static ManagerConnection asteriskJava(int port) throws Exception {
        ManagerConnection c = new ManagerConnectionFactory("127.0.0.1", port, "bench", "bench").createManagerConnection();
        c.login();
        return c;
    }

    public static ManagerConnection asteriskJavaUnconnected(int port) {
        return new ManagerConnectionFactory("127.0.0.1", port, "bench", "bench").createManagerConnection();
    }

    /** The bench server's {@code Burst} action for asterisk-java (it has no generic action class). */
    public static final class AjBurstAction extends AbstractManagerAction {
        private static final long serialVersionUID = 1L;
        private Integer times;

        @Override
        public String getAction() {
            return "Burst";
        }

        /** How many times the capture is written (sent as {@code Times}; absent: once). */
        public Integer getTimes() {
            return times;
        }

        public void setTimes(Integer times) {
            this.times = times;
        }
    }
}
