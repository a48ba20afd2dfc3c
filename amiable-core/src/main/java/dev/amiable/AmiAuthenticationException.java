package dev.amiable;

/**
 * The server refused the login (wrong user or secret, ACL, bad MD5 key). Amiable never retries a
 * login that failed this way. The message never contains the secret.
 */
public class AmiAuthenticationException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiAuthenticationException(String message) {
        super(message);
    }
}
