package dev.amiable;

/**
 * What a client does when its listeners fall behind and the event queue
 * ({@link AmiOptions#eventQueueCapacity()}) is full. Either way responses to actions are never
 * queued behind events, and drops are counted ({@link AmiStats#eventsDropped()}), logged once per
 * episode at WARNING and reported to {@link ConnectionListener#onOverflow}.
 */
public enum OverflowPolicy {
    /**
     * The default. The socket reader waits for room, so TCP slows the server down and nothing is
     * lost. It waits as long as the listeners keep taking events, however slowly; once they take
     * none for {@link AmiOptions#maxBlock()} (default 50 ms, below Asterisk's default
     * {@code writetimeout} of 100 ms), the events that do not fit are dropped. From then on, until
     * a whole read fits again, the reader drops at once instead of waiting, so a stuck listener
     * never makes the server give up on the connection.
     *
     * <p>While the reader waits, responses behind the waiting events wait too. A listener that
     * blocks on a response ({@code send(...).get()}) while the queue is full therefore holds the
     * reader until {@code maxBlock} has passed without delivery; then the events that do not fit
     * are dropped and the response arrives.
     *
     * <p>Before the queue is full, {@link AmiOptions#readAheadBytes()} paces the reader while the
     * listeners keep up; it never drops and steps aside while an answer is awaited.
     */
    BLOCK,
    /** Events that do not fit are dropped at once; the reader never waits (the server is never slowed). */
    DROP_NEWEST
}
