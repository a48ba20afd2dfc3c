package dev.amiable.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour of the server, as a value for {@link FakeAsterisk#fault(Fault)}.
 *
 * <p>Scope: by default a fault applies to every session open now and every session accepted
 * later, until {@link FakeAsterisk#clearFaults()}; {@link #onNextConnection()} limits it to the
 * next connection accepted. Faults that happen once ({@link #garbage}, {@link #closeMidMessage},
 * {@link #shutdown}, {@link #restart}) act on the sessions open now (or, with
 * {@code onNextConnection()}, on that connection, right after its banner).
 */
public final class Fault {
    /** What goes wrong. */
    public enum Kind {
        /** Send the banner, then close. Connections only. */
        CLOSE_AFTER_BANNER,
        /** Write half of the next message, then close. */
        CLOSE_MID_MESSAGE,
        /** Stop reading and writing (writes are dropped); sockets stay open until cleared or closed. */
        STALL,
        /** Write these bytes as if they were a message. */
        GARBAGE,
        /** Answer the named action only after a delay (the session's thread waits, like a blocking action). */
        DELAY_RESPONSE,
        /** Record the named action but never answer it. */
        NO_RESPONSE,
        /** Answer the named list action without its {@code …Complete} event. */
        DROP_LIST_COMPLETION,
        /** Write at most this many bytes per second (writers block). */
        SLOW_WRITER,
        /** Answer this many actions, then close the session. */
        CLOSE_AFTER_ACTIONS,
        /** Send {@code Event: Shutdown} to sessions that may see system events, then close all; stop listening unless restarting. */
        SHUTDOWN,
        /** Drop every session and the listening socket, then listen again on the same port. */
        RESTART
    }

    private final Kind kind;
    private final String action;
    private final Duration duration;
    private final byte[] bytes;
    private final long number;
    private final boolean nextConnectionOnly;

    private Fault(Kind kind, String action, Duration duration, byte[] bytes, long number, boolean next) {
        this.kind = kind;
        this.action = action;
        this.duration = duration;
        this.bytes = bytes;
        this.number = number;
        this.nextConnectionOnly = next;
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, null, Duration.ZERO, null, 0, false);
    }

    public static Fault closeAfterBanner() {
        return of(Kind.CLOSE_AFTER_BANNER);
    }

    public static Fault closeMidMessage() {
        return of(Kind.CLOSE_MID_MESSAGE);
    }

    public static Fault stall() {
        return of(Kind.STALL);
    }

    public static Fault garbage(byte[] bytes) {
        return new Fault(Kind.GARBAGE, null, Duration.ZERO, bytes.clone(), 0, false);
    }

    public static Fault delayResponse(String action, Duration delay) {
        return new Fault(Kind.DELAY_RESPONSE, Objects.requireNonNull(action), delay, null, 0, false);
    }

    public static Fault noResponse(String action) {
        return new Fault(Kind.NO_RESPONSE, Objects.requireNonNull(action), Duration.ZERO, null, 0, false);
    }

    public static Fault dropListCompletion(String action) {
        return new Fault(Kind.DROP_LIST_COMPLETION, Objects.requireNonNull(action), Duration.ZERO, null, 0, false);
    }

    public static Fault slowWriter(long bytesPerSecond) {
        if (bytesPerSecond <= 0) {
            throw new IllegalArgumentException("bytesPerSecond must be positive");
        }
        return new Fault(Kind.SLOW_WRITER, null, Duration.ZERO, null, bytesPerSecond, false);
    }

    /** Counted per session from when the fault applies to it. */
    public static Fault closeAfter(int actions) {
        return new Fault(Kind.CLOSE_AFTER_ACTIONS, null, Duration.ZERO, null, actions, false);
    }

    /** {@code Shutdown: Cleanly}, {@code Restart: True}, like {@code core restart gracefully}; keeps listening. */
    public static Fault shutdown() {
        return shutdown(true);
    }

    /** {@code Shutdown: Cleanly} with {@code Restart: True|False}; without restart the server stops listening. */
    public static Fault shutdown(boolean restart) {
        return new Fault(Kind.SHUTDOWN, null, Duration.ZERO, null, restart ? 1 : 0, false);
    }

    /** Drops everything and listens again on the same port at once. */
    public static Fault restart() {
        return restart(Duration.ZERO);
    }

    /** Drops everything, refuses connections for {@code downtime} (the caller waits), listens again. */
    public static Fault restart(Duration downtime) {
        return new Fault(Kind.RESTART, null, downtime, null, 0, false);
    }

    /** The same fault limited to the next connection the server accepts. */
    public Fault onNextConnection() {
        return new Fault(kind, action, duration, bytes, number, true);
    }

    public Kind kind() {
        return kind;
    }

    /** The action name the fault is about, or null. */
    public String action() {
        return action;
    }

    public Duration duration() {
        return duration;
    }

    /** The garbage bytes, or null. */
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** Bytes per second, action count, or 1/0 for a shutdown's restart flag. */
    public long number() {
        return number;
    }

    public boolean nextConnectionOnly() {
        return nextConnectionOnly;
    }

    /** Whether it is about {@code actionName} (case-insensitive). */
    public boolean isAbout(String actionName) {
        return action != null && action.equalsIgnoreCase(actionName);
    }

    @Override
    public String toString() {
        return "Fault." + kind + (action != null ? "(" + action + ")" : "") + (nextConnectionOnly ? " on next connection" : "");
    }
}
