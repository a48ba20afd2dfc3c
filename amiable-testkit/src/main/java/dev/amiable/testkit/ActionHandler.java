package dev.amiable.testkit;

/**
 * Answers actions: registered per action name with {@link FakeAsterisk#onAction} or for every
 * action with {@link FakeAsterisk#dispatcher}. Runs on the session's own thread, so a handler
 * that blocks stalls that session only, like a blocking action in Asterisk.
 */
@FunctionalInterface
public interface ActionHandler {
    /**
     * @return the reply to write, {@link Reply#none()} to leave the action unanswered, or
     *     {@code null} to let the next handler (then the built-in behaviour) answer it.
     *     An exception is answered with {@code Response: Error} carrying its message.
     */
    Reply handle(RecordedAction action, AmiSession session) throws Exception;
}
