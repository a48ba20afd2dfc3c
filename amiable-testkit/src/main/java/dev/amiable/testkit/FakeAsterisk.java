package dev.amiable.testkit;

import dev.amiable.testkit.internal.AmiVersion;
import dev.amiable.testkit.internal.MixedTraffic;
import dev.amiable.testkit.internal.PbxConfig;
import dev.amiable.testkit.internal.Perms;
import dev.amiable.testkit.internal.ScenarioDriver;
import dev.amiable.testkit.internal.Server;
import dev.amiable.testkit.internal.ServerConfig;
import dev.amiable.testkit.internal.UserAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An in-process Asterisk Manager Interface server for tests, in the manner of OkHttp's
 * MockWebServer: it listens on loopback, greets with a banner, authenticates users like
 * manager.conf, answers the session actions itself, lets a test script or dispatch any other
 * action, records every action for {@link #takeAction(Duration)}, and emits events.
 *
 * <p>Threads: one acceptor and one thread per client session, all daemons named
 * {@code fake-asterisk-…}. Handlers run on the session's thread. Every method here is
 * thread-safe. {@link #close()} closes every socket, releases threads blocked in
 * {@link #takeAction(Duration)} and joins the server's threads.
 */
public final class FakeAsterisk implements AutoCloseable {
    private final Server server;

    private FakeAsterisk(ServerConfig config) {
        this.server = new Server(config);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A server with the defaults: AMI 11.0.0, user {@code admin}/{@code amp111} with all permissions. */
    public static FakeAsterisk create() {
        return builder().build();
    }

    /** Binds the port and starts accepting. Returns this. */
    public FakeAsterisk start() {
        server.start();
        return this;
    }

    /** The bound port; throws {@link IllegalStateException} before {@link #start()}. */
    public int port() {
        return server.port();
    }

    /** The bound address, e.g. {@code 127.0.0.1}. */
    public String host() {
        return server.config().host();
    }

    /** The AMI version in the banner, e.g. {@code 11.0.0}. */
    public String amiVersion() {
        return server.config().version().text();
    }

    /** Stops everything; idempotent. */
    @Override
    public void close() {
        server.close();
    }

    // ---- answers -------------------------------------------------------------------------

    /** Always answers {@code action} with these messages (each gets the ActionID); replaces earlier scripts. */
    public FakeAsterisk respond(String action, Message... messages) {
        Reply r = Reply.of(messages);
        return onAction(action, (a, s) -> r);
    }

    /** Always answers {@code action} with {@code reply}; replaces earlier scripts. */
    public FakeAsterisk respond(String action, Reply reply) {
        return onAction(action, (a, s) -> reply);
    }

    /**
     * Lets {@code handler} answer {@code action} (case-insensitive); replaces earlier handlers for
     * it. Login and Challenge are always answered by the server; the user's write permission is
     * checked before any handler runs.
     */
    public FakeAsterisk onAction(String action, ActionHandler handler) {
        server.handlers().on(action, handler);
        return this;
    }

    /** Adds a handler consulted for every action no per-name handler answered. */
    public FakeAsterisk dispatcher(ActionHandler handler) {
        server.handlers().dispatcher(handler);
        return this;
    }

    /** Sets the CLI output of a command for the Command action (lines separated by LF). */
    public FakeAsterisk command(String command, String output) {
        server.commands().script(command, output);
        return this;
    }

    // ---- events --------------------------------------------------------------------------

    /**
     * Sends an event to every logged-in session allowed to see it: every class named in its
     * {@code Privilege} header (except {@code all}) must be in the user's read classes and the
     * session's event mask; an event without {@code Privilege} reaches every session with events on.
     */
    public void emit(Message event) {
        server.emit(event);
    }

    /** {@code emit(Message.event(name, keysAndValues))}. */
    public void emit(String eventName, String... keysAndValues) {
        server.emit(Message.event(eventName, keysAndValues));
    }

    /** Emits a message built from a map, in its iteration order (include {@code Event} yourself). */
    public void emit(Map<String, String> headers) {
        server.emit(Message.of(headers));
    }

    /** Writes raw bytes to every connected session, logged in or not. */
    public void emitRaw(byte[] bytes) {
        server.emitRaw(bytes);
    }

    // ---- faults --------------------------------------------------------------------------

    /**
     * Makes the server misbehave; see {@link Fault} for what each does and whom it affects.
     * Lasting faults stay until {@link #clearFaults()}. {@link Fault#restart(Duration)} returns
     * once the server listens again.
     */
    public FakeAsterisk fault(Fault fault) {
        server.faults().install(fault);
        return this;
    }

    /** Ends every lasting fault (including those waiting for the next connection); stalled sessions resume. */
    public FakeAsterisk clearFaults() {
        server.faults().clear();
        return this;
    }

    // ---- traffic ---------------------------------------------------------------------------

    /** Starts playing {@code scenario} on the simulated PBX; see {@link Scenario}. */
    public ScenarioRun run(Scenario scenario) {
        return new ScenarioDriver(server, scenario).start();
    }

    /**
     * Seeded random traffic (queues, transfers, parking, Local optimisation, hold, conferences),
     * played one step at a time by the caller; see {@link RandomTraffic}. At most 8 calls at once.
     */
    public RandomTraffic randomTraffic(long seed) {
        return new MixedTraffic(server, seed, 8);
    }

    /** What the simulated PBX holds now, in one consistent step; see {@link PbxTruth}. */
    public PbxTruth truth() {
        return server.pbx().truth();
    }

    /** Calls the simulated PBX has started (Originate and scenarios), since start. */
    public long callsStarted() {
        return server.pbx().callsStarted();
    }

    /** Calls the simulated PBX has finished, since start. */
    public long callsCompleted() {
        return server.pbx().callsCompleted();
    }

    // ---- observation ---------------------------------------------------------------------

    /**
     * The next action received from any session, in arrival order; {@code null} when none arrives
     * within {@code timeout} or the server is closed. Every action is recorded, Login included, as
     * soon as it is framed and before it is answered: after taking a Login the session may not be
     * logged in yet (use {@link #awaitAuthenticated(int, Duration)} before emitting events to it).
     */
    public RecordedAction takeAction(Duration timeout) throws InterruptedException {
        return server.takeAction(timeout);
    }

    /**
     * Waits until at least {@code sessions} connected sessions have logged in and had their Login
     * answered (response, then FullyBooted if their mask allows it, already written), so events
     * emitted from now on reach them after those; false if that did not happen within
     * {@code timeout} or the server closed.
     */
    public boolean awaitAuthenticated(int sessions, Duration timeout) throws InterruptedException {
        return server.awaitAuthenticated(sessions, timeout);
    }

    /** How many actions have been received so far. */
    public long actionCount() {
        return server.actionCount();
    }

    /** The sessions connected now, in accept order. */
    public List<AmiSession> sessions() {
        return server.sessions();
    }

    // ---- replay --------------------------------------------------------------------------

    /**
     * Queues a capture for the next connection, played at its recorded pace: the pause before each
     * event is the difference of its {@code Timestamp} header from the previous one's (captures made
     * with {@code timestampevents=yes}), divided by {@code speed}; messages without a timestamp
     * follow at once.
     */
    public FakeAsterisk replayAtRecordedPace(byte[] capture, double speed) {
        server.replayer().enqueueRecordedPace(capture, speed);
        return this;
    }

    /** {@link #replayAtRecordedPace(byte[], double)} of a file. */
    public FakeAsterisk replayAtRecordedPace(Path captureFile, double speed) {
        try {
            return replayAtRecordedPace(java.nio.file.Files.readAllBytes(captureFile), speed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Queues a capture file for the next connection; see {@link #replay(byte[], Duration)}. */
    public FakeAsterisk replay(Path captureFile) {
        return replay(captureFile, Duration.ZERO);
    }

    /** Queues a capture file for the next connection with a pause between messages. */
    public FakeAsterisk replay(Path captureFile, Duration gap) {
        try {
            return replay(Files.readAllBytes(captureFile), gap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Queues bytes for the next connection; see {@link #replay(byte[], Duration)}. */
    public FakeAsterisk replay(byte[] capture) {
        return replay(capture, Duration.ZERO);
    }

    /**
     * Replay mode for the next connecting client (one queued capture per connection, in order):
     * the server writes {@code capture} as is — banner included, none of its own — as fast as
     * possible, or with {@code gap} after each message; then it records the client's actions
     * without answering them until either side closes.
     */
    public FakeAsterisk replay(byte[] capture, Duration gap) {
        server.replayer().enqueue(capture, gap);
        return this;
    }

    /** Internal engine, for the test kit's own helpers. */
    Server engine() {
        return server;
    }

    /** Configures a {@link FakeAsterisk}. Defaults: 127.0.0.1, port 0, AMI 11.0.0, admin/amp111. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String amiVersion = "11.0.0";
        private final Map<String, UserAccount> users = new LinkedHashMap<>();
        private Duration failedLoginDelay = Duration.ofSeconds(1);
        private Duration authTimeout;
        private final Map<String, String> commands = new LinkedHashMap<>();
        private boolean timestampEvents;
        private boolean sequenceNumbers;
        private Boolean legacyCommand;
        private double timeScale = 1.0;
        private final Map<String, List<String>> queues = new LinkedHashMap<>();
        private final Map<String, String> queueExtensions = new LinkedHashMap<>();
        private final Map<String, String> conferences = new LinkedHashMap<>(Map.of("500", "ceo-conf"));
        private String parkExtension = "700";
        private final java.util.Set<String> failing = new java.util.LinkedHashSet<>(List.of("999"));
        private Duration defaultTalk = Duration.ofSeconds(5);
        private boolean securityEvents;
        private boolean recordActions = true;
        private List<String> channelVars = List.of();
        private java.util.function.Function<RecordedAction, OriginateOutcome> originateScript;
        private java.util.function.Consumer<String> log;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * The AMI version in the banner ({@code 1.0} … {@code 13.0.0}). It also selects behaviour:
         * below 3.0 Command answers in the {@code Response: Follows} format; 1.0 answers Ping with
         * {@code Response: Pong} and Events with {@code Response: Events On|Off}.
         */
        public Builder amiVersion(String version) {
            this.amiVersion = version;
            return this;
        }

        /** A user with every read and write permission. */
        public Builder user(String name, String secret) {
            return user(name, secret, "all", "all");
        }

        /**
         * A user with manager.conf-style permission lists, e.g. {@code "call,system"}.
         *
         * @throws IllegalArgumentException when a name is not one of Asterisk's classes
         */
        public Builder user(String name, String secret, String read, String write) {
            users.put(name.toLowerCase(Locale.ROOT),
                    new UserAccount(name, secret, Perms.parseStrict(read), Perms.parseStrict(write)));
            return this;
        }

        /** Delay before a failed Login is answered and the socket closed; default 1 s like Asterisk. */
        public Builder failedLoginDelay(Duration delay) {
            this.failedLoginDelay = delay;
            return this;
        }

        /** Close sessions not logged in after this long (Asterisk's {@code authtimeout}); default never. */
        public Builder authTimeout(Duration timeout) {
            this.authTimeout = timeout;
            return this;
        }

        /** Scripted CLI output for the Command action. */
        public Builder command(String command, String output) {
            commands.put(command, output);
            return this;
        }

        /** Add {@code Timestamp: <epoch.micros>} after {@code Privilege} in events (timestampevents=yes). */
        public Builder timestampEvents(boolean on) {
            this.timestampEvents = on;
            return this;
        }

        /**
         * Add {@code SequenceNumber: n} after {@code Privilege} in every event, counted per session
         * from 1 with no gaps, so a client can prove nothing was lost.
         */
        public Builder sequenceNumbers(boolean on) {
            this.sequenceNumbers = on;
            return this;
        }

        /**
         * Emit Asterisk's security events about sessions (SuccessfulAuth, RequestNotAllowed,
         * InvalidPassword, InvalidAccountID, ChallengeResponseFailed) to sessions that may see the
         * {@code security} class. Off by default, so that a session with events on sees only what a
         * test emits or the PBX does.
         */
        public Builder securityEvents(boolean on) {
            this.securityEvents = on;
            return this;
        }

        /**
         * Whether every action received is kept for {@link FakeAsterisk#takeAction(Duration)} (on by
         * default). Off, actions are still counted ({@link FakeAsterisk#actionCount()}) but not kept,
         * and {@code takeAction} waits for nothing: for servers answering many thousands of actions
         * (benchmarks), whose kept actions would otherwise grow the heap without end.
         */
        public Builder recordActions(boolean on) {
            this.recordActions = on;
            return this;
        }

        /** Force the legacy ({@code true}) or Output-header ({@code false}) Command format. */
        public Builder legacyCommandOutput(boolean legacy) {
            this.legacyCommand = legacy;
            return this;
        }

        /**
         * Speed of the simulated PBX: every delay (answer, agent ring, talk time) is multiplied by
         * {@code scale}. 1.0 is real time; tests use e.g. 0.001. Ordering never depends on it.
         */
        public Builder timeScale(double scale) {
            if (!(scale >= 0)) {
                throw new IllegalArgumentException("scale must be >= 0");
            }
            this.timeScale = scale;
            return this;
        }

        /**
         * A queue reached by originating to {@code Local/<extension>@<any context>}, with static
         * members (interfaces such as {@code Local/401@ami-agents/n}). Without any call to this, the
         * server has queue {@code support} on extension 300 with members 401 and 402.
         */
        public Builder queue(String name, String extension, String... memberInterfaces) {
            queues.put(name, List.of(memberInterfaces));
            if (extension != null) {
                queueExtensions.put(extension, name);
            }
            return this;
        }

        /** A ConfBridge conference reached on {@code extension}; default {@code ceo-conf} on 500. */
        public Builder conference(String name, String extension) {
            conferences.put(extension, name);
            return this;
        }

        /** The extension that parks a call in lot {@code default} (spaces 701–720); default 700. */
        public Builder parkExtension(String extension) {
            this.parkExtension = extension;
            return this;
        }

        /** Calls to this extension fail ({@code Originate failed}); default 999. */
        public Builder failingExtension(String extension) {
            failing.add(extension);
            return this;
        }

        /**
         * Variables to show in every channel snapshot as {@code ChanVariable: NAME=value}, and on
         * OriginateResponse as {@code ChanVariable(<channel>): NAME=value} (manager.conf
         * {@code channelvars}); none by default.
         */
        public Builder channelVariables(String... names) {
            this.channelVars = List.of(names);
            return this;
        }

        /** How long a call talks when the Originate is not {@code Application: Wait} with seconds; default 5 s. */
        public Builder defaultTalkTime(Duration talk) {
            this.defaultTalk = talk;
            return this;
        }

        /**
         * Scripts how Originates end: called on the session's thread with each Originate action;
         * a non-null answer wins over the built-in rules (unknown technology, unknown context or a
         * failing extension fail; everything else is answered). Null (the default) keeps the rules.
         */
        public Builder originateOutcomes(java.util.function.Function<RecordedAction, OriginateOutcome> script) {
            this.originateScript = script;
            return this;
        }

        /**
         * Receives one line for each session opened and closed, login, failed login and action
         * (as {@code amiable sim --log} prints them), on the session's thread; default none.
         */
        public Builder log(java.util.function.Consumer<String> sink) {
            this.log = sink;
            return this;
        }

        public FakeAsterisk build() {
            Map<String, UserAccount> u = new LinkedHashMap<>(users);
            if (u.isEmpty()) {
                u.put("admin", new UserAccount("admin", "amp111", Perms.ALL, Perms.ALL));
            }
            return new FakeAsterisk(new ServerConfig(host, port, AmiVersion.parse(amiVersion), Map.copyOf(u),
                    failedLoginDelay, authTimeout, Map.copyOf(commands), timestampEvents, sequenceNumbers,
                    legacyCommand, pbxConfig(), securityEvents, originateScript, log, recordActions));
        }

        private PbxConfig pbxConfig() {
            Map<String, List<String>> q = new LinkedHashMap<>(queues);
            Map<String, String> qx = new LinkedHashMap<>(queueExtensions);
            if (q.isEmpty()) {
                q.put("support", List.of("Local/401@ami-agents/n", "Local/402@ami-agents/n"));
                qx.put("300", "support");
            }
            return new PbxConfig(timeScale, q, qx, Map.copyOf(conferences), parkExtension, java.util.Set.copyOf(failing),
                    defaultTalk.toMillis(), channelVars);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
