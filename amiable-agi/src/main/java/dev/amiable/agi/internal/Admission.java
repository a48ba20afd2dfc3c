package dev.amiable.agi.internal;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bound on scripts running at once ({@code maxRunningScripts}). A new session {@link #enter()}s
 * first come, first served. A running session gives its place up while it waits in a long command
 * ({@link #leave()}), and takes one back after it ({@link #resume()}) ahead of every new session
 * waiting: a call already in progress never queues behind calls not yet started. A freed place is
 * handed straight to the next waiter, so a late arrival cannot overtake the queues. Waits are not
 * interruptible. Thread-safe.
 */
public final class Admission {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> resumers = new ArrayDeque<>();
    private final ArrayDeque<Waiter> newcomers = new ArrayDeque<>();
    private int free;

    /** A gate with {@code places} places, all free. */
    public Admission(int places) {
        if (places < 1) {
            throw new IllegalArgumentException("places must be positive");
        }
        this.free = places;
    }

    /** A new session takes a place: waits behind everyone already waiting. */
    public void enter() {
        take(newcomers);
    }

    /** A session back from a long command takes a place: waits only behind other returning sessions. */
    public void resume() {
        take(resumers);
    }

    /** Gives a place up: to the first returning session waiting, else the first new one, else it is free. */
    public void leave() {
        lock.lock();
        try {
            Waiter next = resumers.pollFirst();
            if (next == null) {
                next = newcomers.pollFirst();
            }
            if (next == null) {
                free++;
            } else {
                next.granted = true;
                next.signal.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sessions back from a long command waiting for a place. */
    public int resuming() {
        lock.lock();
        try {
            return resumers.size();
        } finally {
            lock.unlock();
        }
    }

    /** New sessions waiting for a place. */
    public int waiting() {
        lock.lock();
        try {
            return newcomers.size();
        } finally {
            lock.unlock();
        }
    }

    private void take(ArrayDeque<Waiter> queue) {
        lock.lock();
        try {
            if (free > 0 && resumers.isEmpty() && (queue == resumers || newcomers.isEmpty())) {
                free--;
                return;
            }
            Waiter me = new Waiter(lock.newCondition());
            queue.addLast(me);
            while (!me.granted) {
                me.signal.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiter {
        final Condition signal;
        boolean granted;

        Waiter(Condition signal) {
            this.signal = signal;
        }
    }
}
