package dev.amiable.agi.internal;

import dev.amiable.agi.AgiChannel;
import dev.amiable.agi.AgiCommandException;
import dev.amiable.agi.AgiHangupException;
import dev.amiable.agi.AgiReply;
import java.util.List;

/**
 * The {@link AgiChannel} both transports share: builds the command line, hands it to
 * {@link #exchange}, parses the reply and turns {@code 511}, {@code 510} and {@code 520} into
 * typed exceptions. Once hung up, every command throws {@link AgiHangupException} without I/O.
 * Used by one script thread at a time.
 */
public abstract class Conversation implements AgiChannel {
    private volatile String hungUp;
    private final CommandLine line = new CommandLine();

    /**
     * Sends one command line and returns the reply's lines; {@code command} is its name as the
     * script gave it. The line's buffer is reused by the next command.
     *
     * @throws AgiHangupException if the session ended before or during the exchange
     */
    protected abstract List<String> exchange(String command, CommandLine line);

    @Override
    public final AgiReply send(String command, Object... args) {
        line.build(command, args);
        String why = hungUp;
        if (why != null) {
            throw new AgiHangupException(command + ": " + why);
        }
        AgiReply reply;
        try {
            reply = AgiReply.parse(exchange(command, line));
        } catch (AgiHangupException e) {
            markHungUp(e.getMessage());
            throw e;
        }
        switch (reply.code()) {
            case 200:
                return reply;
            case 511:
                markHungUp("the channel is gone (511)");
                throw new AgiHangupException(command + ": " + reply.message());
            case 510:
                throw new AgiCommandException(command + ": unknown command: " + reply.message(), reply);
            case 520:
                throw new AgiCommandException(command + ": wrong usage: " + String.join(" / ", reply.usage()), reply);
            default:
                throw new AgiCommandException(command + ": unexpected reply: " + reply.text(), reply);
        }
    }

    /** Marks the channel gone; later commands fail at once. */
    protected final void markHungUp(String why) {
        if (hungUp == null) {
            hungUp = why == null ? "the channel hung up" : why;
        }
    }

    /** Whether a hangup has been seen. */
    public final boolean isHungUp() {
        return hungUp != null;
    }
}
