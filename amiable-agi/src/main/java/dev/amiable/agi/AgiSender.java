package dev.amiable.agi;

/**
 * The one primitive every typed command is built on: send a command line, get its reply.
 * {@link AgiChannel}'s typed methods call it; call it yourself for a command this library does
 * not know yet.
 */
public interface AgiSender {
    /**
     * Sends {@code command} (its words as written, for example {@code "STREAM FILE"}) followed by
     * {@code args}, each turned to text with {@code String.valueOf} and quoted when it is empty or
     * holds a space, tab, double quote or backslash, so that any value arrives as one argument.
     * Blocks the calling thread (the script's) until the reply arrives, however long that takes:
     * there is no timeout, so an {@code EXEC Dial} may last hours.
     *
     * @return the {@code 200} reply (its result may still report a failure)
     * @throws AgiArgumentException if an argument holds CR, LF or NUL; nothing is sent
     * @throws AgiHangupException if the channel hung up ({@code HANGUP}, {@code 511}, the session
     *     closed)
     * @throws AgiCommandException on {@code 510} (unknown command) or {@code 520} (usage)
     */
    AgiReply send(String command, Object... args);
}
