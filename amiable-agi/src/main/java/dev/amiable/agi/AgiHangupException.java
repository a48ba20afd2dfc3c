package dev.amiable.agi;

/**
 * The channel hung up, or the AGI session ended under the script: Asterisk sent a
 * {@code HANGUP} line, answered {@code 511} (command not permitted on a dead channel), reported
 * {@code -1 (hangup)}, closed the FastAGI socket, or ended the AsyncAGI session. Scripts may catch
 * it to clean up; every later command throws it again at once.
 */
public final class AgiHangupException extends AgiException {
    private static final long serialVersionUID = 1L;

    public AgiHangupException(String message) {
        super(message);
    }

    public AgiHangupException(String message, Throwable cause) {
        super(message, cause);
    }
}
