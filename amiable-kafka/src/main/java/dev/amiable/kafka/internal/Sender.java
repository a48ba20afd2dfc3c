package dev.amiable.kafka.internal;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * The one thread ({@code amiable-kafka-sender}) that hands records to the producer, in the order
 * they were queued. The queue is the part of the bounded buffer the producer has not taken yet
 * (the {@link BoundedBuffer} counts both). While the broker is unreachable the producer may refuse
 * a record at once because the topic's metadata is gone ({@link TimeoutException} after
 * {@code max.block.ms}); the sender then tries the same record again until it is taken or the
 * sender closes, so a record accepted into the buffer is not lost to an outage and order holds.
 */
public final class Sender implements AutoCloseable {
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    /** What is told of a record's outcome, on the producer's I/O thread (or the sender's). */
    public interface Outcome {
        void completed(Exception errorOrNull);
    }

    private final Producer<byte[], byte[]> producer;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object drained = new Object();
    private long queued;
    private long taken;
    private volatile boolean closed;

    public Sender(Producer<byte[], byte[]> producer) {
        this.producer = producer;
        this.thread = new Thread(this::run, "amiable-kafka-sender");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record whose place in the buffer the caller holds; {@code outcome} hears once how it ended. */
    public void send(ProducerRecord<byte[], byte[]> record, Outcome outcome) {
        synchronized (drained) {
            queued++;
        }
        queue.add(new Entry(record, outcome));
    }

    /**
     * Blocks until every record queued so far was handed to the producer (or {@code timeout} passed),
     * then until the producer has sent what it holds.
     *
     * @return false when the timeout passed first
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (drained) {
            long target = queued;
            while (taken < target && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(drained, Math.min(left, 100_000_000L));
            }
        }
        producer.flush();
        return true;
    }

    private void run() {
        try {
            while (!closed) {
                Entry e = queue.poll(100, TimeUnit.MILLISECONDS);
                if (e != null) {
                    hand(e);
                    synchronized (drained) {
                        taken++;
                        drained.notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            // closing
        }
        for (Entry e; (e = queue.poll()) != null; ) {
            e.outcome.completed(new org.apache.kafka.common.errors.InterruptException("bridge closed before sending"));
        }
    }

    /** Hands one record over, trying again while the producer refuses it for want of metadata. */
    private void hand(Entry e) throws InterruptedException {
        while (true) {
            e.sending = true;
            try {
                producer.send(e.record, e);
            } catch (RuntimeException error) {
                e.failedInSend = error;
            }
            e.sending = false;
            Exception failure = e.failedInSend;
            if (failure == null) {
                return;
            }
            e.failedInSend = null;
            if (!(failure instanceof TimeoutException) || closed) {
                e.outcome.completed(failure);
                return;
            }
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    /** Stops the thread; records not yet handed over are completed with an error. */
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

    /** One queued record; also its producer callback. */
    private final class Entry implements Callback {
        final ProducerRecord<byte[], byte[]> record;
        final Outcome outcome;
        /** True while inside {@code producer.send}: a failure then is the producer refusing the record. */
        boolean sending;
        Exception failedInSend;

        Entry(ProducerRecord<byte[], byte[]> record, Outcome outcome) {
            this.record = record;
            this.outcome = outcome;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (error != null && sending && Thread.currentThread() == thread) {
                failedInSend = error;
                return;
            }
            outcome.completed(error);
        }
    }
}
