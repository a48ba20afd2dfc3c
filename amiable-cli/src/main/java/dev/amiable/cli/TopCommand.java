package dev.amiable.cli;

import dev.amiable.AmiClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable top}: events per type and per second, redrawn every second on a terminal; with
 * {@code --once} or when output is not a terminal, one plain table at the end.
 */
@Command(name = "top", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Live event rates per type, refreshed every second.")
public final class TopCommand implements Callable<Integer> {
    private static final String CLEAR = "\u001b[H\u001b[2J";

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--mask", paramLabel = "CLASSES", description = "Event classes the server sends: on "
            + "(default) or a list such as call,agent.")
    String mask = "on";

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: until Ctrl-C).")
    Duration duration;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Stop after N events.")
    long count;

    @Option(names = "--once", description = "No live screen: print one plain table at the end.")
    boolean once;

    @Option(names = {"-l", "--limit"}, paramLabel = "N", description = "Rows shown live (default 30).")
    int limit = 30;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean live = !once && System.console() != null;
        EventRates rates = new EventRates();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amiable-top");
            t.setDaemon(true);
            return t;
        });
        try (StopSignal stop = new StopSignal(); AmiClient client = connection.connectQuiet()) {
            stop.watch(client);
            DropNotice.watch(client, spec.commandLine().getErr());
            AtomicLong seen = new AtomicLong();
            client.addListener(e -> {
                rates.count(e.name());
                if (count > 0 && seen.incrementAndGet() >= count) {
                    stop.stop();
                }
            });
            ticker.scheduleAtFixedRate(() -> {
                rates.tick();
                if (live) {
                    synchronized (out) {
                        out.print(CLEAR);
                        out.println("amiable top - " + client.banner() + " - Ctrl-C to stop");
                        rates.table(limit).print(out);
                        out.flush();
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
            Sessions.ready(client, mask);
            stop.await(duration);
        } finally {
            ticker.shutdownNow();
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        }
        rates.table(Integer.MAX_VALUE).print(out);
        out.printf("%d events in %.1f s%n", rates.total(), rates.elapsedSeconds());
        out.flush();
        return ExitCodes.OK;
    }
}
