package dev.amiable.cli;

/** Arguments that parse but make no sense together; exits with code 2. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
