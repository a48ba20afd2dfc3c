package dev.amiable;

/**
 * An action that must not be sent: a required field is missing, a key or value holds CR, LF or
 * NUL (which would forge a second action), a line is longer than Asterisk reads (1024 bytes) or
 * there are more than 128 headers. Thrown before a byte is written.
 */
public class InvalidActionException extends AmiException {
    private static final long serialVersionUID = 1L;

    public InvalidActionException(String message) {
        super(message);
    }
}
