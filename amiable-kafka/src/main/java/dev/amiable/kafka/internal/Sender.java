package dev.amiable.kafka.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Hands records to the producer in the order they are given, without losing one to a broker
 * outage. Normally the calling thread (a client's event dispatcher) hands the record over itself.
 * While the broker is unreachable the producer may refuse a record at once because the topic's
 * metadata is gone ({@link TimeoutException} after {@code max.block.ms}); that record and every one
 * given after it then wait in a backlog, and the {@code amiable-kafka-sender} thread tries the oldest
 * again until the producer takes it, then the next, until the backlog is empty and callers hand
 * records over themselves again. The {@link BoundedBuffer} counts the backlog too, so it is bounded.
 */
public final class Sender implements AutoCloseable {
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    /** What is told of a record's outcome, on the producer's I/O thread (or the thread that sent it). */
    public interface Outcome {
        void completed(Exception errorOrNull);
    }

    private final Producer<byte[], byte[]> producer;
    private final Object lock = new Object();
    private final ArrayDeque<Entry> backlog = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean closed;

    public Sender(Producer<byte[], byte[]> producer) {
        this.producer = producer;
        this.thread = new Thread(this::run, "amiable-kafka-sender");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands a record over (or queues it behind the backlog); {@code outcome} hears once how it ended. */
    public void send(ProducerRecord<byte[], byte[]> record, Outcome outcome) {
        Entry e = new Entry(record, outcome);
        synchronized (lock) {
            if (backlog.isEmpty() && settled(e, e.handOnce())) {
                return;
            }
            backlog.addLast(e);
            lock.notifyAll();
        }
    }

    /**
     * Blocks until the backlog is handed over to the producer, or {@code timeout} passed.
     *
     * @return false when the timeout passed first
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!backlog.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, Math.min(left, 100_000_000L));
            }
        }
        return true;
    }

    private void run() {
        try {
            while (!closed) {
                Entry e;
                synchronized (lock) {
                    while (backlog.isEmpty() && !closed) {
                        lock.wait(100);
                    }
                    e = backlog.peekFirst();
                }
                if (e != null) {
                    retry(e);
                    synchronized (lock) {
                        backlog.pollFirst();
                        lock.notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
        synchronized (lock) {
            for (Entry e; (e = backlog.pollFirst()) != null; ) {
                e.outcome.completed(new InterruptException("bridge closed before sending"));
            }
            lock.notifyAll();
        }
    }

    /** Hands {@code e} over, trying again while the producer refuses it for want of metadata. */
    private void retry(Entry e) throws InterruptedException {
        while (!settled(e, e.handOnce())) {
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    /**
     * Whether {@code e} is done with after one hand-over: taken (no refusal), or refused for good
     * (anything but a metadata timeout, or the sender is closing: then its outcome hears the error).
     * False when it should be tried again.
     */
    private boolean settled(Entry e, Exception refused) {
        if (refused == null) {
            return true;
        }
        if (!(refused instanceof TimeoutException) || closed) {
            e.outcome.completed(refused);
            return true;
        }
        return false;
    }

    /** Stops the thread; records still in the backlog are completed with an error. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One record; also its producer callback. */
    private final class Entry implements Callback {
        final ProducerRecord<byte[], byte[]> record;
        final Outcome outcome;
        /** The thread inside {@code producer.send} for this record: a failure on it then is a refusal. */
        Thread sending;
        Exception refused;

        Entry(ProducerRecord<byte[], byte[]> record, Outcome outcome) {
            this.record = record;
            this.outcome = outcome;
        }

        /** One call of {@code producer.send}; the refusal, or null when the producer took the record. */
        Exception handOnce() {
            sending = Thread.currentThread();
            try {
                producer.send(record, this);
            } catch (RuntimeException error) {
                refused = error;
            }
            sending = null;
            Exception r = refused;
            refused = null;
            return r;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (error != null && sending == Thread.currentThread()) {
                refused = error;
                return;
            }
            outcome.completed(error);
        }
    }
}
