package dev.amiable.testkit.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Replay mode: recorded bytes queued for the next connecting clients, written as they are
 * (banner included, none of the server's own): all at once, with a fixed pause between messages,
 * or at the recorded pace, taken from the events' {@code Timestamp} headers (recorded with
 * {@code timestampevents=yes}) and divided by a speed factor. The session then reads and records
 * the client's actions without answering them.
 */
public final class Replayer {
    /** One queued capture. */
    record Capture(byte[] bytes, Duration gap, double speed) {
    }

    private final ConcurrentLinkedQueue<Capture> queue = new ConcurrentLinkedQueue<>();

    public void enqueue(byte[] bytes, Duration gap) {
        queue.add(new Capture(bytes.clone(), gap, 0));
    }

    /** Queues a capture played at its recorded pace divided by {@code speed} (2.0: twice as fast). */
    public void enqueueRecordedPace(byte[] bytes, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speed);
        }
        queue.add(new Capture(bytes.clone(), Duration.ZERO, speed));
    }

    /** The capture for the next connection, or null to behave normally. */
    Capture next() {
        return queue.poll();
    }

    /** Writes a capture to a session: all at once, or message by message with a pause. */
    void play(ServerSession s, Capture c) {
        byte[] b = c.bytes();
        if ((c.gap() == null || c.gap().isZero()) && c.speed() == 0) {
            s.writeRaw(b);
            return;
        }
        Pace pace = new Pace(c.speed());
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            boolean lf = b[i] == '\n';
            boolean blankFollows = lf && (i + 1 < b.length && b[i + 1] == '\n'
                    || i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n');
            boolean bannerEnd = lf && from == 0 && startsWithBanner(b, 0);
            if (blankFollows || bannerEnd) {
                int end = bannerEnd && !blankFollows ? i + 1 : (b[i + 1] == '\n' ? i + 2 : i + 3);
                if (c.speed() > 0) {
                    pace.before(b, from, end);
                }
                s.writeRaw(java.util.Arrays.copyOfRange(b, from, end));
                from = end;
                i = end - 1;
                if (c.speed() == 0) {
                    pause(c.gap());
                }
                if (!s.isOpen()) {
                    return;
                }
            }
        }
        if (from < b.length) {
            s.writeRaw(java.util.Arrays.copyOfRange(b, from, b.length));
        }
    }

    private static boolean startsWithBanner(byte[] b, int at) {
        byte[] p = "Asterisk Call Manager/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (b.length - at < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** Sleeps before a message as long as its Timestamp is after the previous one's, divided by the speed. */
    private static final class Pace {
        private final double speed;
        private double last = Double.NaN;

        Pace(double speed) {
            this.speed = speed;
        }

        void before(byte[] b, int from, int to) {
            double ts = timestamp(b, from, to);
            if (Double.isNaN(ts)) {
                return;
            }
            if (!Double.isNaN(last) && ts > last) {
                long nanos = (long) ((ts - last) / speed * 1e9);
                pause(Duration.ofNanos(Math.min(nanos, Duration.ofSeconds(60).toNanos())));
            }
            last = ts;
        }

        private static double timestamp(byte[] b, int from, int to) {
            String text = new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
            int at = text.startsWith("Timestamp: ") ? 0 : text.indexOf("\nTimestamp: ");
            if (at < 0) {
                return Double.NaN;
            }
            int start = text.indexOf(':', at) + 2;
            int end = start;
            while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                end++;
            }
            try {
                return Double.parseDouble(text.substring(start, end));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    private static void pause(Duration gap) {
        try {
            Thread.sleep(gap.toMillis(), gap.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
