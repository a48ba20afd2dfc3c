package dev.amiable.agi;

import dev.amiable.AmiException;

/**
 * Root of every exception the AGI module throws; unchecked, and an {@link AmiException} so one
 * {@code catch} covers AMI and AGI. Subtypes: {@link AgiHangupException} (the channel is gone),
 * {@link AgiCommandException} (Asterisk refused or failed a command; carries the reply) and
 * {@link AgiArgumentException} (a value refused before anything was sent).
 */
public class AgiException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AgiException(String message) {
        super(message);
    }

    public AgiException(String message, Throwable cause) {
        super(message, cause);
    }
}
