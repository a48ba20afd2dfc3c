package dev.amiable.bench.livecmp;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.bench.BigPbx;
import dev.amiable.live.LivePbx;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.RecordedAction;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What asterisk-java 3.41.0's Live API sends after its connection is lost and comes back: starts
 * it against FakeAsterisk (its own small PBX: the lists are short, so a quiet spell means the
 * resync is over), closes the server side of the session, and lists the actions the server
 * receives from then on until none has come for {@code quietSeconds}; the same for the first
 * start, for comparison. Then the same for Amiable's {@code LivePbx} (default reconnect policy).
 * A resync needs each list once.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.amiable.bench.livecmp.AjLiveReconnectMain [quietSeconds]}
 */
public final class AjLiveReconnectMain {
    private AjLiveReconnectMain() {
    }

    public static void main(String[] args) throws Exception {
        Duration quiet = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3);
        try (FakeAsterisk server = BigPbx.answerGetvar(FakeAsterisk.create().start());
                AjLive aj = AjLive.start(server.port())) {
            System.out.println("asterisk-java Live, actions at start:       " + drain(server, quiet));
            server.sessions().get(0).close();
            System.out.println("asterisk-java Live, actions after reconnect: " + drain(server, quiet));
        }
        try (FakeAsterisk server = FakeAsterisk.create().start();
                AmiClient ami = AmiClient.connect(AmiOptions.builder().host("127.0.0.1").port(server.port())
                        .username("admin").secret("amp111").build());
                LivePbx live = LivePbx.attach(ami)) {
            live.synced().get(30, TimeUnit.SECONDS);
            System.out.println("Amiable LivePbx, actions at start:          " + drain(server, quiet));
            server.sessions().get(0).close();
            System.out.println("Amiable LivePbx, actions after reconnect:    " + drain(server, quiet));
        }
    }

    /** Action names and how often each came, until none for {@code quiet}. */
    private static Map<String, Integer> drain(FakeAsterisk server, Duration quiet) throws InterruptedException {
        Map<String, Integer> seen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (RecordedAction a = server.takeAction(quiet); a != null; a = server.takeAction(quiet)) {
            seen.merge(a.name(), 1, Integer::sum);
        }
        return seen;
    }
}
