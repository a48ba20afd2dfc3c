package dev.amiable.cli;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Scenario;
import dev.amiable.testkit.ScenarioRun;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable sim}: runs FakeAsterisk as a standalone AMI server, idle, with the simulated
 * call centre, or replaying recorded files, until Ctrl-C or {@code --duration}.
 */
@Command(name = "sim", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a simulated Asterisk (FakeAsterisk) as an AMI server.")
public final class SimCommand implements Callable<Integer> {
    /** What the server does on its own. */
    enum Kind { callcentre, idle }

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, description = "Port to listen on (default 5038; 0 picks a free one).")
    int port = 5038;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(names = "--scenario", description = "callcentre (default) or idle.")
    Kind scenario = Kind.callcentre;

    @Option(names = "--rate", paramLabel = "CALLS_PER_SECOND", description = "New calls per second (default 5).")
    double rate = 5;

    @Option(names = "--agents", paramLabel = "N", description = "Agents answering the queue (default 10).")
    int agents = 10;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the simulated traffic (default 42).")
    long seed = 42;

    @Option(names = "--replay", paramLabel = "FILE", description = "Serve this recording to the next connection "
            + "instead of a live session (repeatable: one file per connection, in order).")
    List<Path> replay = new ArrayList<>();

    @Option(names = "--replay-speed", paramLabel = "X", description = "Play recordings at their recorded pace "
            + "(from the events' Timestamp headers) divided by X, e.g. 1 for real time, 10 for ten times faster; "
            + "default: as fast as possible.")
    Double replaySpeed;

    @Option(names = "--user", paramLabel = "NAME:SECRET", description = "A user with all permissions "
            + "(repeatable; default admin:amp111).")
    List<String> users = new ArrayList<>();

    @Option(names = "--ami-version", paramLabel = "VERSION", description = "AMI version in the banner (default 11.0.0).")
    String amiVersion = "11.0.0";

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: until Ctrl-C).")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        if (rate <= 0 || agents < 0) {
            throw new UsageException("--rate must be positive, --agents not negative");
        }
        FakeAsterisk.Builder b = FakeAsterisk.builder().host(bind).port(port).amiVersion(amiVersion);
        List<String> names = new ArrayList<>();
        for (String u : users) {
            int colon = u.indexOf(':');
            if (colon <= 0) {
                throw new UsageException("--user needs NAME:SECRET, got '" + (colon < 0 ? u : u.substring(0, colon + 1)) + "'");
            }
            b.user(u.substring(0, colon), u.substring(colon + 1));
            names.add(u.substring(0, colon));
        }
        if (replaySpeed != null && !(replaySpeed > 0)) {
            throw new UsageException("--replay-speed must be positive");
        }
        for (Path p : replay) {
            if (!Files.isReadable(p)) {
                throw new UsageException("cannot read replay file " + p);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (FakeAsterisk fake = b.build(); StopSignal stop = new StopSignal()) {
            for (Path p : replay) {
                if (replaySpeed == null) {
                    fake.replay(p);
                } else {
                    fake.replayAtRecordedPace(p, replaySpeed);
                }
            }
            fake.start();
            long calls;
            out.println("amiable sim: listening on " + fake.host() + ":" + fake.port() + " (AMI " + fake.amiVersion()
                    + "), users " + (names.isEmpty() ? "admin" : String.join(", ", names)) + ", scenario " + scenario
                    + (replay.isEmpty() ? "" : ", " + replay.size() + " replay(s)"));
            out.flush();
            try (ScenarioRun run = scenario == Kind.callcentre
                    ? fake.run(Scenario.callCentre().callsPerSecond(rate).agents(agents).seed(seed)) : null) {
                stop.await(duration);
                calls = run == null ? 0 : run.callsStarted();
            }
            out.println("amiable sim: stopped after " + calls + " calls and " + fake.actionCount() + " actions");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
