package dev.amiable.testkit.agi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a simulated channel answers, in order: each AGI command takes the next scripted reply;
 * a {@link #hangup()} step hangs the channel up right after the reply before it (FastAGI: a
 * {@code HANGUP} line; AsyncAGI: {@code AsyncAGIEnd}); once the script is used up, commands get
 * {@code 511} after a hangup, else the {@link #otherwise} answer ({@code 200 result=0} unless
 * set). Thread-safe; one script per call.
 */
public final class AgiCallScript {
    /**
     * One scripted step.
     *
     * @param lines the reply's lines
     * @param delay how long after the command's arrival the reply goes out, on the clock
     * @param hangup whether this is a hangup step
     * @param due the clock's time when the reply is due (set by {@link #answer})
     */
    public record Step(List<String> lines, Duration delay, boolean hangup, Duration due) {
        Step(List<String> lines, Duration delay, boolean hangup) {
            this(lines, delay, hangup, Duration.ZERO);
        }

        /** Blocks until the reply is due on {@code clock} (at once for an undelayed one). */
        public void awaitDue(ManualClock clock) throws InterruptedException {
            if (!delay.isZero()) {
                clock.awaitReach(due);
            }
        }
    }

    /** What Asterisk answers a command on a dead channel. */
    public static final String DEAD = "511 Command Not Permitted on a dead channel or intercept routine";

    private final Deque<Step> steps = new ArrayDeque<>();
    private final ManualClock clock;
    private Function<String, String> otherwise = command -> "200 result=0";
    private boolean dead;

    private AgiCallScript(ManualClock clock) {
        this.clock = clock;
    }

    /** A script with no clock: {@link #replyAfter} is not available. */
    public static AgiCallScript create() {
        return new AgiCallScript(null);
    }

    /** A script whose delayed replies wait on {@code clock}. */
    public static AgiCallScript withClock(ManualClock clock) {
        return new AgiCallScript(Objects.requireNonNull(clock));
    }

    /** The next command gets these lines (one line, or a {@code 520-} block). */
    public synchronized AgiCallScript reply(String... lines) {
        steps.add(new Step(List.of(lines), Duration.ZERO, false));
        return this;
    }

    /** The next command gets these lines once the clock has moved {@code delay} past its arrival. */
    public synchronized AgiCallScript replyAfter(Duration delay, String... lines) {
        if (clock == null) {
            throw new IllegalStateException("replyAfter needs AgiCallScript.withClock");
        }
        steps.add(new Step(List.of(lines), delay, false));
        return this;
    }

    /** The channel hangs up here (after the reply before this step is written). */
    public synchronized AgiCallScript hangup() {
        steps.add(new Step(List.of(), Duration.ZERO, true));
        return this;
    }

    /** How unscripted commands are answered while the channel lives (one line per command). */
    public synchronized AgiCallScript otherwise(Function<String, String> responder) {
        this.otherwise = Objects.requireNonNull(responder);
        return this;
    }

    /** The clock of delayed replies, or null. */
    public ManualClock clock() {
        return clock;
    }

    /**
     * The step answering {@code command}, its due time counted from now. Used by the simulated
     * channels as soon as a command arrives, before anyone can see it arrived.
     */
    public synchronized Step answer(String command) {
        Step s = steps.peekFirst();
        if (s != null && !s.hangup()) {
            steps.pollFirst();
            return s.delay().isZero() ? s : new Step(s.lines(), s.delay(), false, clock.now().plus(s.delay()));
        }
        return new Step(List.of(dead ? DEAD : otherwise.apply(command)), Duration.ZERO, false);
    }

    /** Whether the channel hangs up now: consumes a {@link #hangup()} step that is next. */
    public synchronized boolean hangupDue() {
        Step s = steps.peekFirst();
        if (s != null && s.hangup()) {
            steps.pollFirst();
            dead = true;
            return true;
        }
        return false;
    }

    /** Whether the channel has hung up. */
    public synchronized boolean isDead() {
        return dead;
    }

    /** Hangs the channel up now, whatever the script says next. */
    public synchronized void kill() {
        dead = true;
    }
}
