package dev.amiable.agi;

/**
 * A command was refused before a byte was written: one of its values holds a line break or a
 * NUL, which would end the AGI command line early and let the rest run as a second command.
 * Nothing was sent; the session stays usable.
 */
public final class AgiArgumentException extends AgiException {
    private static final long serialVersionUID = 1L;

    public AgiArgumentException(String message) {
        super(message);
    }
}
