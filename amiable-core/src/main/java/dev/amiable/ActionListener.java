package dev.amiable;

/**
 * Hears how each action sent through {@link AmiClient#send}, {@link AmiClient#sendForList} or
 * {@link AmiClient#command} ended, e.g. to time actions for metrics. Amiable's own login,
 * keep-alive Ping and Logoff are not reported.
 *
 * <p><b>Thread.</b> Called once per action on the client's response thread, as a dependent stage
 * of the action's future (so the caller may see the result a moment before the listener runs), or,
 * for an action refused because the client is not connected, on the caller's thread before
 * {@code send} throws. Keep it short and never block in it: it delays the completion of other
 * actions. An exception it throws is ignored.
 */
@FunctionalInterface
public interface ActionListener {
    /**
     * One action ended.
     *
     * @param action       the action's name as sent (e.g. {@code Originate}); any case
     * @param elapsedNanos from the call to {@code send} to the answer or failure
     * @param response     the response, also an {@code Error} one ({@link AmiResponse#isSuccess()}
     *                     false); null when the action failed without an answer, and for a list
     *                     action (see {@code failure})
     * @param failure      null when an answer arrived; otherwise why not: {@link AmiTimeoutException},
     *                     {@link AmiConnectionException}, or {@link AmiActionException} for a list
     *                     the server refused or cancelled
     */
    void onActionDone(String action, long elapsedNanos, AmiResponse response, Throwable failure);
}
