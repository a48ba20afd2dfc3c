package dev.amiable.cli;

import java.io.StringWriter;
import java.time.Duration;

/** A thread-safe StringWriter a test can wait on until some text appears. */
final class WatchedWriter extends StringWriter {
    private final Object lock = new Object();

    @Override
    public void write(int c) {
        synchronized (lock) {
            super.write(c);
            lock.notifyAll();
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        synchronized (lock) {
            super.write(cbuf, off, len);
            lock.notifyAll();
        }
    }

    @Override
    public void write(String str, int off, int len) {
        synchronized (lock) {
            super.write(str, off, len);
            lock.notifyAll();
        }
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return super.toString();
        }
    }

    /** Waits until the text written so far contains {@code text}; returns all of it, or fails on timeout. */
    String awaitContains(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!super.toString().contains(text)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no '" + text + "' within " + timeout + " in:\n" + super.toString());
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return super.toString();
        }
    }
}
