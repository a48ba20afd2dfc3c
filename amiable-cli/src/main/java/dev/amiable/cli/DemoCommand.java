package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.ReconnectPolicy;
import dev.amiable.live.LivePbx;
import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Scenario;
import dev.amiable.testkit.ScenarioRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable demo}: a self-contained show. Starts a FakeAsterisk call centre in this
 * process, connects a client to it and prints every event on one line, with a summary of calls
 * and queues every few seconds and at the end, read from the live model ({@code amiable-live}). Needs nothing but Java.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a simulated call centre in-process and watch it live (needs nothing installed).")
public final class DemoCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: until Ctrl-C).")
    Duration duration;

    @Option(names = "--rate", paramLabel = "CALLS_PER_SECOND", description = "New calls per second (default 1).")
    double rate = 1;

    @Option(names = "--agents", paramLabel = "N", description = "Agents answering the queue (default 4).")
    int agents = 4;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulated traffic (default 42).")
    long seed = 42;

    @Option(names = "--summary-every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How often to print the summary (default 5s).")
    Duration summaryEvery = Duration.ofSeconds(5);

    @Option(names = "--quiet", description = "Only the summaries, not every event.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (rate <= 0 || summaryEvery.isZero() || agents < 0) {
            throw new UsageException("--rate and --summary-every must be positive, --agents not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        String secret = UUID.randomUUID().toString();
        LiveSummary stats = new LiveSummary();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amiable-demo-summary");
            t.setDaemon(true);
            return t;
        });
        try (FakeAsterisk fake = FakeAsterisk.builder().user("demo", secret)
                .queue("support", "300").build().start(); // the scenario's --agents are the queue's only members
             StopSignal stop = new StopSignal()) {
            out.println("amiable demo: simulated Asterisk on " + fake.host() + ":" + fake.port()
                    + " (AMI " + fake.amiVersion() + "), " + rate + " calls/s; Ctrl-C to stop");
            long started;
            String finalLine;
            AmiOptions options = AmiOptions.builder().host(fake.host()).port(fake.port()).username("demo")
                    .secret(secret).reconnect(ReconnectPolicy.OFF).build();
            try (AmiClient client = AmiClient.connect(options); LivePbx pbx = LivePbx.attach(client)) {
                stop.watch(client);
                pbx.addChangeListener(stats::accept);
                client.addListener(e -> {
                    if (!quiet && !stop.isStopped()) {
                        synchronized (out) {
                            out.println(EventLine.format(e));
                            out.flush();
                        }
                    }
                });
                long every = summaryEvery.toMillis();
                pbx.synced().get(30, TimeUnit.SECONDS);
                ticker.scheduleAtFixedRate(() -> summary(out, stats.line(pbx.snapshot())), every, every,
                        TimeUnit.MILLISECONDS);
                try (ScenarioRun run = fake.run(Scenario.callCentre().callsPerSecond(rate).agents(agents).seed(seed)
                        .talkTime(Duration.ofSeconds(2), Duration.ofSeconds(8)).maxWait(Duration.ofSeconds(15)))) {
                    stop.await(duration);
                    started = run.callsStarted();
                }
                finalLine = stats.line(pbx.snapshot());
            }
            ticker.shutdownNow();
            // a summary already running finishes first: the final line is always the last
            if (!ticker.awaitTermination(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the summary thread did not stop");
            }
            synchronized (out) {
                out.println("== final: " + finalLine + "; the simulator started " + started + " calls");
                out.flush();
            }
        } finally {
            ticker.shutdownNow();
        }
        return ExitCodes.OK;
    }

    private static void summary(PrintWriter out, String line) {
        synchronized (out) {
            out.println("== " + LocalTime.now().format(TIME) + " " + line);
            out.flush();
        }
    }
}
