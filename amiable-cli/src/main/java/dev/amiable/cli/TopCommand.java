package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.live.LivePbx;
import dev.amiable.live.PbxSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable top}: a live dashboard of the PBX built on {@code amiable-live} (calls with
 * parties and durations, queues with waiting callers and free/busy/paused members, parked calls,
 * conferences), redrawn in place every second on a terminal. With {@code --once} it prints the
 * board once, right after the first resync (or at the end, with {@code --duration}/{@code --count});
 * when output is not a terminal it prints it once at the end, without ANSI codes.
 */
@Command(name = "top", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Live dashboard: calls, queues, parked calls and conferences, refreshed every second.")
public final class TopCommand implements Callable<Integer> {
    private static final String HOME_CLEAR = "\u001b[H\u001b[2J";
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--mask", paramLabel = "CLASSES", description = "Event classes the server sends: on "
            + "(default) or a list; the model needs call, agent and dialplan.")
    String mask = "on";

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: until Ctrl-C).")
    Duration duration;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Stop after the model has taken N events.")
    long count;

    @Option(names = "--once", description = "No live screen: print the board once (after the first resync, "
            + "or at the end with --duration or --count).")
    boolean once;

    @Option(names = {"-l", "--limit"}, paramLabel = "N", description = "Calls shown (default 30).")
    int limit = 30;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean live = !once && System.console() != null;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amiable-top");
            t.setDaemon(true);
            return t;
        });
        PbxSnapshot last;
        try (StopSignal stop = new StopSignal(); AmiClient client = connection.connectQuiet()) {
            stop.watch(client);
            DropNotice.watch(client, spec.commandLine().getErr());
            Sessions.ready(client, mask);
            try (LivePbx pbx = LivePbx.attach(client)) {
                if (count > 0) {
                    pbx.addChangeListener(change -> {
                        if (pbx.snapshot().eventCount() >= count) {
                            stop.stop();
                        }
                    });
                }
                pbx.synced().get(SYNC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (once && duration == null && count == 0) {
                    stop.stop();
                }
                if (live) {
                    ticker.scheduleAtFixedRate(() -> draw(out, client.banner(), pbx.snapshot(), Instant.now(), limit),
                            0, 1, TimeUnit.SECONDS);
                }
                stop.await(duration);
                last = pbx.snapshot();
            }
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        }
        synchronized (out) {
            LiveBoard.print(last, Instant.now(), live ? limit : Integer.MAX_VALUE, out);
            out.println(last.eventCount() + " events");
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** One frame of the live screen: cursor home and clear (ANSI), a title line, the board. */
    static void draw(PrintWriter out, String banner, PbxSnapshot s, Instant now, int limit) {
        synchronized (out) {
            out.print(HOME_CLEAR);
            out.println("amiable top - " + banner + " - " + s.eventCount() + " events - Ctrl-C to stop");
            out.println();
            LiveBoard.print(s, now, limit, out);
            out.flush();
        }
    }
}
