package dev.amiable;

/**
 * Root of every exception Amiable throws or completes a future with. Unchecked.
 *
 * <p>Subtypes say what went wrong: {@link AmiConnectionException} (the connection is gone or
 * could not be made), {@link AmiAuthenticationException} (login refused),
 * {@link AmiActionException} (the server answered {@code Error}), {@link AmiTimeoutException}
 * (no answer in time), {@link AmiProtocolException} (the server broke the protocol) and
 * {@link InvalidActionException} (an action that must not be sent).
 */
public class AmiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AmiException(String message) {
        super(message);
    }

    public AmiException(String message, Throwable cause) {
        super(message, cause);
    }
}
