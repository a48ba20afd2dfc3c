package dev.amiable;

/**
 * The connection could not be made, or was lost. Pending actions fail with this when the socket
 * closes; they are never re-sent.
 */
public class AmiConnectionException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiConnectionException(String message) {
        super(message);
    }

    public AmiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
