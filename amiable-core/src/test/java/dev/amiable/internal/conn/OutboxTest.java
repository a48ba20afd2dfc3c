package dev.amiable.internal.conn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboxTest {
    /** Records every write call; the first one can be held until released. */
    static final class Recorder extends OutputStream {
        final List<String> writes = new ArrayList<>();
        final Set<String> writerThreads = new HashSet<>();
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirst;
        IOException failWith;

        Recorder(boolean holdFirst) {
            releaseFirst = new CountDownLatch(holdFirst ? 1 : 0);
        }

        @Override
        public void write(int b) {
            throw new AssertionError("single-byte writes are not expected");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            firstWriteStarted.countDown();
            try {
                if (!releaseFirst.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("first write never released");
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            synchronized (this) {
                if (failWith != null) {
                    throw failWith;
                }
                writes.add(new String(b, off, len, StandardCharsets.US_ASCII));
                writerThreads.add(Thread.currentThread().getName());
                notifyAll();
            }
        }

        synchronized String all() {
            return String.join("", writes);
        }

        synchronized void awaitLength(int length) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (all().length() < length) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("only " + all().length() + " of " + length + " bytes written");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean append(Outbox box, String s, boolean writeNow) throws IOException {
        byte[] b = ascii(s);
        return box.append(b, b.length, writeNow);
    }

    @Test
    void anIdleSendIsWrittenByTheSenderBeforeItReturns() throws Exception {
        Recorder out = new Recorder(false);
        Outbox box = new Outbox(out, "test-writer", e -> { });
        assertTrue(append(box, "Action: Ping\r\n\r\n", true), "the idle sender writes itself");
        box.drain();
        assertEquals(List.of("Action: Ping\r\n\r\n"), out.writes);
        assertEquals(Set.of(Thread.currentThread().getName()), out.writerThreads);
    }

    @Test
    void aBusySendIsWrittenByTheWriterThreadAndKeepsItsOrder() throws Exception {
        Recorder out = new Recorder(false);
        Outbox box = new Outbox(out, "test-writer", e -> { });
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            String action = "Action: Ping\r\nActionID: " + i + "\r\n\r\n";
            expected.append(action);
            if (append(box, action, i % 7 == 0)) {
                box.drain();
            }
        }
        out.awaitLength(expected.length());
        assertEquals(expected.toString(), out.all());
        assertTrue(out.writerThreads.contains("test-writer"), "handed-off bytes go out on the writer thread");
        box.close();
        box.join(5000);
    }

    @Test
    void whatQueuesWhileAWriteIsInProgressLeavesInOneWrite() throws Exception {
        Recorder out = new Recorder(true);
        Outbox box = new Outbox(out, "test-writer", e -> { });
        assertFalse(append(box, "A\r\n\r\n", false));
        assertTrue(out.firstWriteStarted.await(10, TimeUnit.SECONDS));
        for (int i = 0; i < 64; i++) {
            assertFalse(append(box, "B" + i + "\r\n\r\n", i % 2 == 0), "someone is writing: only queue");
        }
        out.releaseFirst.countDown();
        String rest = String.join("", java.util.stream.IntStream.range(0, 64).mapToObj(i -> "B" + i + "\r\n\r\n").toList());
        out.awaitLength(("A\r\n\r\n" + rest).length());
        assertEquals(List.of("A\r\n\r\n", rest), out.writes, "64 queued actions, one write");
        box.close();
        box.join(5000);
    }

    @Test
    void concurrentSendersNeverInterleaveAnAction() throws Exception {
        Recorder out = new Recorder(false);
        Outbox box = new Outbox(out, "test-writer", e -> { });
        int threads = 8;
        int each = 500;
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            senders.add(new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        if (append(box, "Action: Ping\r\nActionID: " + id + "-" + i + "\r\n\r\n", i % 3 == 0)) {
                            box.drain();
                        }
                    }
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        senders.forEach(Thread::start);
        for (Thread s : senders) {
            s.join(10_000);
        }
        int total = 0;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i++) {
                total += ("Action: Ping\r\nActionID: " + t + "-" + i + "\r\n\r\n").length();
            }
        }
        out.awaitLength(total);
        String[] actions = out.all().split("\r\n\r\n");
        assertEquals(threads * each, actions.length);
        int[] next = new int[threads];
        for (String a : actions) {
            String[] id = a.substring("Action: Ping\r\nActionID: ".length()).split("-");
            int t = Integer.parseInt(id[0]);
            assertEquals(next[t]++, Integer.parseInt(id[1]), "each sender's actions leave in its order");
        }
        box.close();
        box.join(5000);
    }

    @Test
    void aFailedWriteOnTheWriterThreadIsReportedAndRefusesMore() throws Exception {
        Recorder out = new Recorder(false);
        out.failWith = new IOException("Broken pipe");
        CompletableFuture<IOException> reported = new CompletableFuture<>();
        Outbox box = new Outbox(out, "test-writer", reported::complete);
        assertFalse(append(box, "Action: Ping\r\n\r\n", false));
        assertSame(out.failWith, reported.get(10, TimeUnit.SECONDS));
        IOException refused = assertThrows(IOException.class, () -> append(box, "Action: Ping\r\n\r\n", true));
        assertEquals("connection is closed", refused.getMessage());
        box.join(5000);
    }

    @Test
    void aFailedDirectWriteThrowsToTheSender() throws Exception {
        Recorder out = new Recorder(false);
        out.failWith = new IOException("Connection reset");
        Outbox box = new Outbox(out, "test-writer", e -> { });
        assertTrue(append(box, "Action: Ping\r\n\r\n", true));
        assertSame(out.failWith, assertThrows(IOException.class, box::drain));
        assertThrows(IOException.class, () -> append(box, "x", true));
    }

    @Test
    void closeEndsTheWriterThread() throws Exception {
        Outbox box = new Outbox(new ByteArrayOutputStream(), "close-test-writer", e -> { });
        assertFalse(append(box, "Action: Ping\r\n\r\n", false));
        box.close();
        box.join(5000);
        Thread writer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("close-test-writer") && t.isAlive()).findAny().orElse(null);
        assertEquals(null, writer, "no writer thread left");
    }
}
