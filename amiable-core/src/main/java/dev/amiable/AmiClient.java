package dev.amiable;

import dev.amiable.action.AmiAction;
import dev.amiable.action.GenericAction;
import dev.amiable.action.ListAction;
import dev.amiable.event.AmiEvent;
import dev.amiable.internal.conn.ActionTiming;
import dev.amiable.internal.conn.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * A logged-in connection to one Asterisk Manager Interface.
 *
 * <pre>{@code
 * try (AmiClient ami = AmiClient.connect(options)) {
 *     ami.addListener(HangupEvent.class, e -> System.out.println(e.channel() + " " + e.cause()));
 *     AmiResponse r = ami.send(PingAction.builder().build()).get(5, TimeUnit.SECONDS);
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> A reader thread per connection frames bytes and correlates answers; it never
 * runs user code. Events reach listeners in wire order on one dispatcher thread (or the
 * {@link AmiOptions.Builder#eventExecutor executor} given), so {@code send(...).get()} inside a
 * listener works. Dependent stages of the returned futures (also those added with
 * {@code thenApply}, {@code whenComplete} and the other non-async methods) run on one response
 * thread per client: keep them short, and hand slow work to your own executor with the
 * {@code *Async(…, executor)} variants.
 *
 * <p><b>Failures.</b> Every action gets a unique ActionID unless the user set one. When the
 * connection drops, every waiting action fails with {@link AmiConnectionException} and is never
 * re-sent; with reconnect on, the client logs in again, re-applies the event mask and filters,
 * and keeps its listeners. An action that gets no answer in time fails with
 * {@link AmiTimeoutException} and the connection stays usable.
 */
public final class AmiClient implements AutoCloseable {
    private final Connection connection;
    private final ActionTiming timing = new ActionTiming();

    private AmiClient(Connection connection) {
        this.connection = connection;
    }

    /**
     * Connects and logs in; returns once logged in.
     *
     * @throws AmiAuthenticationException if the login is refused (not retried)
     * @throws AmiConnectionException     if the server cannot be reached
     * @throws AmiProtocolException       if the peer is not an AMI server
     */
    public static AmiClient connect(AmiOptions options) {
        return connect(options, client -> { });
    }

    /**
     * Like {@link #connect(AmiOptions)}, but runs {@code setup} on the new client before the
     * socket opens: listeners added there see every event from the first one, including the
     * {@code FullyBooted} that follows the login.
     */
    public static AmiClient connect(AmiOptions options, Consumer<AmiClient> setup) {
        try {
            return connectAsync(options, setup).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmiConnectionException("interrupted while connecting", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof AmiException ? (AmiException) c : new AmiConnectionException(String.valueOf(c), c);
        }
    }

    /** Like {@link #connect}, without blocking: the future completes once logged in. */
    public static CompletableFuture<AmiClient> connectAsync(AmiOptions options) {
        return connectAsync(options, client -> { });
    }

    /** Like {@link #connect(AmiOptions, Consumer)}, without blocking. */
    public static CompletableFuture<AmiClient> connectAsync(AmiOptions options, Consumer<AmiClient> setup) {
        AmiClient client = prepare(options, setup);
        return client.connection.start().thenApply(v -> client);
    }

    /**
     * Returns a client at once and connects in the background, for applications that must start
     * while the PBX is down: until logged in, {@link #state()} is {@code CONNECTING} (or
     * {@code RECONNECTING} between attempts) and {@link #send} throws
     * {@link AmiConnectionException}. A server that cannot be reached is tried again by the
     * {@link AmiOptions#reconnect() reconnect policy}, as after a lost connection (with reconnect
     * off, the first failure closes the client); a refused login closes it. Watch the progress
     * with {@link #addConnectionListener} (added in {@code setup} to see every change).
     */
    public static AmiClient connectInBackground(AmiOptions options, Consumer<AmiClient> setup) {
        AmiClient client = prepare(options, setup);
        client.connection.startInBackground();
        return client;
    }

    /** A client not yet connected, after {@code setup} ran on it. */
    private static AmiClient prepare(AmiOptions options, Consumer<AmiClient> setup) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(setup, "setup");
        Connection c = new Connection(options);
        AmiClient client = new AmiClient(c);
        try {
            setup.accept(client);
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return client;
    }

    /**
     * Sends an action; the future completes with the response, whatever its type (check
     * {@link AmiResponse#isSuccess()}), or fails with {@link AmiConnectionException} or
     * {@link AmiTimeoutException}.
     *
     * @throws InvalidActionException before sending if the action holds CR/LF/NUL, an over-long line,
     *                                too many headers, or an ActionID already pending
     * @throws AmiConnectionException if not connected right now
     */
    public CompletableFuture<AmiResponse> send(AmiAction action) {
        return send(action, null);
    }

    /** {@link #send(AmiAction)} with its own timeout instead of the default one. */
    public CompletableFuture<AmiResponse> send(AmiAction action, Duration timeout) {
        Objects.requireNonNull(action, "action");
        return timing.time(action.name(), () -> connection.sendAction(action, timeout));
    }

    /**
     * Sends a list action and gathers its items. Completes when both the response and the
     * completion event have arrived (in either order); fails with {@link AmiActionException} when
     * the server answers {@code Error} or cancels the list.
     */
    public <E extends AmiEvent> CompletableFuture<EventList<E>> sendForList(ListAction<E> action) {
        return sendForList(action, null);
    }

    /** {@link #sendForList(ListAction)} with its own timeout. */
    @SuppressWarnings("unchecked")
    public <E extends AmiEvent> CompletableFuture<EventList<E>> sendForList(ListAction<E> action, Duration timeout) {
        Objects.requireNonNull(action, "action");
        return (CompletableFuture<EventList<E>>) (CompletableFuture<?>)
                timing.time(action.name(), () -> connection.sendList(action, timeout, action.itemType()));
    }

    /**
     * Runs a CLI command ({@code Action: Command}) and returns its output lines, for both the
     * {@code Output:} format and the legacy {@code Follows} format. Fails with
     * {@link AmiActionException} when Asterisk answers {@code Error} (e.g. no such command); the
     * output is still in the exception's response.
     */
    public CompletableFuture<CommandOutput> command(String cli) {
        Objects.requireNonNull(cli, "command");
        AmiAction a = GenericAction.builder("Command").header("Command", cli).build();
        return send(a).thenApply(r -> {
            if (!r.isSuccess()) {
                String detail = r.output().isEmpty() ? r.message() : String.join(" / ", r.output());
                throw new AmiActionException("command '" + cli + "' failed: " + detail, r, true);
            }
            return new CommandOutput(cli, r);
        });
    }

    /**
     * Adds an {@code Filter} expression on the server and remembers it for later reconnects.
     * Completes with the server's response.
     */
    public CompletableFuture<AmiResponse> addFilter(String expression) {
        Objects.requireNonNull(expression, "expression");
        CompletableFuture<AmiResponse> f = send(GenericAction.builder("Filter").header("Operation", "Add")
                .header("Filter", expression).build());
        return f.thenApply(r -> {
            if (r.isSuccess()) {
                connection.rememberFilter(expression);
            }
            return r;
        });
    }

    /**
     * Changes which event classes the server sends ({@code on}, {@code off}, or e.g.
     * {@code call,agent}); remembered for later reconnects.
     */
    public CompletableFuture<AmiResponse> setEventMask(String mask) {
        Objects.requireNonNull(mask, "mask");
        return send(GenericAction.builder("Events").header("EventMask", mask).build()).thenApply(r -> {
            if (r.isSuccess()) {
                connection.rememberEventMask(mask);
            }
            return r;
        });
    }

    /** Listens to every event, known or not. */
    public Registration addListener(AmiEventListener<AmiEvent> listener) {
        return connection.addListener(AmiEvent.class, Objects.requireNonNull(listener, "listener"));
    }

    /** Listens to events of one class (or interface, e.g. every event about a channel). */
    public <E extends AmiEvent> Registration addListener(Class<E> type, AmiEventListener<? super E> listener) {
        return connection.addListener(Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener, "listener"));
    }

    /** Receives every finished list (pystrix's aggregates), on the dispatcher, after its items. */
    public Registration addListListener(Consumer<EventList<? extends AmiEvent>> listener) {
        return connection.addListListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Hears how each action ended and how long it took (e.g. for metrics); see
     * {@link ActionListener} for the thread it runs on.
     */
    public Registration addActionListener(ActionListener listener) {
        return timing.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Hears about state changes, skipped bad input and listener failures. */
    public Registration addConnectionListener(ConnectionListener listener) {
        return connection.addConnectionListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Completes with the {@code FullyBooted} event the server sends after login once Asterisk has
     * finished starting (it may arrive before listeners added after {@link #connect} exist).
     */
    public CompletableFuture<AmiEvent> fullyBooted() {
        return connection.fullyBooted();
    }

    public ConnectionState state() {
        return connection.state();
    }

    /** The greeting of the current session, e.g. {@code Asterisk Call Manager/11.0.0}. */
    public String banner() {
        return connection.banner();
    }

    /** The AMI version from the greeting, e.g. {@code 11.0.0}. */
    public String amiVersion() {
        String b = connection.banner();
        return b == null ? null : b.substring(b.indexOf('/') + 1).trim();
    }

    /** Counters: queue depth and age, drops, unknown events, reconnects. */
    public AmiStats stats() {
        return connection.stats();
    }

    /**
     * Sends {@code Logoff}, waits up to a second for {@code Goodbye}, closes the socket and ends
     * Amiable's threads. Pending actions fail with {@link AmiConnectionException}. Idempotent.
     */
    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "AmiClient{" + connection.peer() + ", " + connection.state() + "}";
    }
}
