package dev.amiable.bench.livecmp;

import dev.amiable.event.AmiEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asteriskjava.live.AsteriskQueue;
import org.asteriskjava.live.internal.AjLiveAccess;
import org.asteriskjava.live.internal.AsteriskServerImpl;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.StatusEvent;
import org.asteriskjava.manager.internal.AjBenchAccess;

/**
 * asterisk-java 3.41.0's Live API ({@code AsteriskServerImpl}, what {@code DefaultAsteriskServer}
 * wraps) over a logged-in {@code ManagerConnection} to a local AMI server (FakeAsterisk), fed the
 * same events as Amiable's live model in the benchmarks. Events are built into asterisk-java's
 * event beans beforehand by its own {@code EventBuilderImpl} (as Amiable's side decodes its events
 * beforehand) and handed to {@code onManagerEvent} on the caller's thread, the method its
 * connection calls for every event. Its actions (the lists of its initialisation, a {@code Getvar}
 * per new channel) go to the server over the connection, as they would to Asterisk.
 *
 * <p>Logging: in {@code benchmarks.jar} asterisk-java finds SLF4J's API without a provider, so
 * its log calls are no-ops (the messages are still built). Should it fall back to
 * java.util.logging, its logger is set to WARNING here, as an application would set it.
 */
public final class AjLive implements AutoCloseable {
    private static final Logger AJ_LOG = Logger.getLogger("org.asteriskjava");

    static {
        AJ_LOG.setLevel(Level.WARNING);
    }

    private final ManagerConnection connection;
    private final AsteriskServerImpl server;
    private final Object source = new Object();

    private AjLive(ManagerConnection connection, AsteriskServerImpl server) {
        this.connection = connection;
        this.server = server;
    }

    /** Logs in as {@code admin}/{@code amp111} on loopback {@code port} and initialises the Live API. */
    public static AjLive start(int port) throws Exception {
        ManagerConnection c = new ManagerConnectionFactory("127.0.0.1", port, "admin", "amp111")
                .createManagerConnection();
        c.login();
        AsteriskServerImpl s = new AsteriskServerImpl(c);
        s.initialize();
        return new AjLive(c, s);
    }

    /** One event into the model, on this thread. */
    public void fold(ManagerEvent event) {
        server.onManagerEvent(event);
    }

    /**
     * asterisk-java's resync: what it does when its connection reports a (re)connect, i.e. its
     * whole initialisation again (channels cleared, then {@code Status}, {@code Agents},
     * {@code QueueStatus} listed and folded), on this thread. It logs and swallows a failure, so
     * callers check the result.
     */
    public void resync() {
        server.onManagerEvent(new ConnectEvent(source));
    }

    /** A channel as its {@code Status} item, added without the {@code Getvar} wait (see AjLiveAccess). */
    public void addFromStatus(StatusEvent status) {
        AjLiveAccess.addFromStatus(server, status);
    }

    /** Channels {@code getChannels()} returns (hung-up ones are left out). */
    public int channels() {
        return server.getChannels().size();
    }

    /** Channels held in memory, hung-up ones included. */
    public int heldChannels() {
        return AjLiveAccess.heldChannels(server);
    }

    /** Members over all queues. */
    public int queueMembers() {
        int n = 0;
        for (AsteriskQueue q : server.getQueues()) {
            n += q.getMembers().size();
        }
        return n;
    }

    public AsteriskServerImpl server() {
        return server;
    }

    public ManagerConnection connection() {
        return connection;
    }

    /** Logs off and stops the Live API's threads. */
    @Override
    public void close() {
        server.shutdown();
    }

    /**
     * The events as asterisk-java's reader would hand them over (keys lower-cased, its bean
     * classes); events its builder has no class for are left out, as its reader drops them.
     */
    public static List<ManagerEvent> toAj(List<AmiEvent> events) {
        AjBenchAccess.Builder builder = new AjBenchAccess.Builder();
        List<ManagerEvent> out = new ArrayList<>(events.size());
        for (AmiEvent e : events) {
            ManagerEvent built = builder.build(attributes(e, null));
            if (built != null) {
                out.add(built);
            }
        }
        return out;
    }

    /** {@code newchannel} re-labelled as a {@code Status} item: the same channel, name, state and ids. */
    public static StatusEvent asStatus(AmiEvent newchannel) {
        return (StatusEvent) new AjBenchAccess.Builder().build(attributes(newchannel, "Status"));
    }

    /** The attribute map asterisk-java's reader fills for {@code e} (optionally renamed to {@code eventName}). */
    private static Map<String, Object> attributes(AmiEvent e, String eventName) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < e.size(); i++) {
            String key = e.key(i).toLowerCase(Locale.ENGLISH);
            AjBenchAccess.addToBuffer(map, key, key.equals("event") && eventName != null ? eventName : e.value(i));
        }
        return map;
    }
}
