package dev.amiable.testkit.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Replay mode: recorded bytes queued for the next connecting clients, written as they are
 * (banner included, none of the server's own), optionally with a pause between messages.
 * The session then reads and records the client's actions without answering them.
 */
public final class Replayer {
    /** One queued capture. */
    record Capture(byte[] bytes, Duration gap) {
    }

    private final ConcurrentLinkedQueue<Capture> queue = new ConcurrentLinkedQueue<>();

    public void enqueue(byte[] bytes, Duration gap) {
        queue.add(new Capture(bytes.clone(), gap));
    }

    /** The capture for the next connection, or null to behave normally. */
    Capture next() {
        return queue.poll();
    }

    /** Writes a capture to a session: all at once, or message by message with a pause. */
    void play(ServerSession s, Capture c) {
        byte[] b = c.bytes();
        if (c.gap() == null || c.gap().isZero()) {
            s.writeRaw(b);
            return;
        }
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            boolean lf = b[i] == '\n';
            boolean blankFollows = lf && (i + 1 < b.length && b[i + 1] == '\n'
                    || i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n');
            boolean bannerEnd = lf && from == 0 && startsWithBanner(b, 0);
            if (blankFollows || bannerEnd) {
                int end = bannerEnd && !blankFollows ? i + 1 : (b[i + 1] == '\n' ? i + 2 : i + 3);
                s.writeRaw(java.util.Arrays.copyOfRange(b, from, end));
                from = end;
                i = end - 1;
                pause(c.gap());
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

    private static void pause(Duration gap) {
        try {
            Thread.sleep(gap.toMillis(), gap.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
