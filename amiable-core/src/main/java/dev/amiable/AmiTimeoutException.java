package dev.amiable;

/** No answer arrived within the deadline. The connection stays usable. */
public class AmiTimeoutException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiTimeoutException(String message) {
        super(message);
    }
}
