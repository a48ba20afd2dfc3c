package dev.amiable;

/**
 * The server sent something that is not valid AMI (an over-long line, too many headers, a
 * greeting that is not AMI, a list that ends wrongly). The message quotes a short escaped preview
 * of the offending bytes.
 */
public class AmiProtocolException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiProtocolException(String message) {
        super(message);
    }
}
