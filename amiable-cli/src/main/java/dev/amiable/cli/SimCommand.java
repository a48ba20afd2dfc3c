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
        description = "Run a simulated Asterisk 22 (FakeAsterisk) as an AMI server.",
        footer = {"", "Originate understands (context ami-test; default and demo include it):",
            "  Local/300@ami-test  joins queue support (its agents answer; Application Wait, Data N: talk N s)",
            "  Local/700@ami-test  parks the call in lot default (spaces 701-720)",
            "  Local/500@ami-test  joins ConfBridge ceo-conf",
            "  Local/999@ami-test  fails: Originate failed / OriginateResponse Failure, Reason 0",
            "  Local/<other>@ami-test  answers and waits (Data seconds of Application Wait, else 5 s)",
            "  an unknown technology (not Local, PJSIP, SIP, IAX2, DAHDI) or context fails as on Asterisk.",
            "Classes for --user READ/WRITE: system, call, log, verbose, command, agent, user, config, dtmf,",
            "  reporting, cdr, dialplan, originate, agi, cc, aoc, test, security, message, all."})
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

    @Option(names = "--user", paramLabel = "NAME:SECRET[:READ[:WRITE]]", description = "A user (repeatable; default "
            + "admin:amp111). READ and WRITE are comma lists of Asterisk classes, as manager.conf's read= and write= "
            + "(default all), e.g. ops:pw:call,agent:originate.")
    List<String> users = new ArrayList<>();

    @Option(names = "--timestamps", description = "Add Timestamp: <epoch.micros> to events (timestampevents=yes).")
    boolean timestamps;

    @Option(names = "--chanvars", paramLabel = "NAME,NAME", split = ",", description = "Channel variables shown as "
            + "ChanVariable: NAME=value in channel events (manager.conf channelvars).")
    List<String> chanvars = new ArrayList<>();

    @Option(names = "--log", description = "Print one line per session opened or closed, login, failed login and "
            + "action to stderr.")
    boolean log;

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
        FakeAsterisk.Builder b = FakeAsterisk.builder().host(bind).port(port).amiVersion(amiVersion)
                .timestampEvents(timestamps).channelVariables(chanvars.toArray(new String[0]));
        if (scenario == Kind.callcentre) {
            b.queue("support", "300"); // the scenario's agents are its only members
        }
        if (log) {
            PrintWriter err = spec.commandLine().getErr();
            b.log(line -> {
                synchronized (err) {
                    err.println("amiable sim: " + line);
                    err.flush();
                }
            });
        }
        List<String> names = new ArrayList<>();
        for (String u : users) {
            names.add(SimUsers.add(b, u));
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
            try {
                fake.start();
            } catch (java.io.UncheckedIOException e) {
                throw new java.io.UncheckedIOException("cannot listen on " + bind + ":" + port + ": "
                        + e.getCause().getMessage() + (port == 0 ? "" : "; a real Asterisk or another sim may be using "
                        + "that port: try --port 0 (any free port) or another --port"), e.getCause());
            }
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
