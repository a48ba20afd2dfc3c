package dev.amiable.agi;

/**
 * Asterisk refused a command ({@code 510} unknown command, {@code 520} wrong usage, with the
 * usage text in {@link AgiReply#usage()}), or the command reported a failure in its result
 * (for example {@code EXEC} of an application that does not exist). The session stays usable.
 */
public final class AgiCommandException extends AgiException {
    private static final long serialVersionUID = 1L;

    private final transient AgiReply reply;

    public AgiCommandException(String message, AgiReply reply) {
        super(message);
        this.reply = reply;
    }

    /** The reply that failed, as parsed. */
    public AgiReply reply() {
        return reply;
    }
}
