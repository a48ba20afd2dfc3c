package dev.amiable.agi;

import dev.amiable.agi.internal.Results;
import java.time.Duration;

/**
 * The call an {@link AgiScript} drives: one typed method per AGI command of Asterisk 22
 * (call control here; sound and keys in {@link AgiPlayback}, speech in {@link AgiSpeech},
 * {@code astdb} in {@link AgiDatabase}), all built on {@link AgiSender#send}.
 *
 * <p>Threading: a channel belongs to the script's thread; commands run one at a time, each
 * blocking until Asterisk replies, with no timeout. Failures: {@link AgiHangupException} once the
 * call is gone (and for every later command), {@link AgiCommandException} when Asterisk refuses or
 * fails a command, {@link AgiArgumentException} for a value holding a line break. Methods
 * returning {@code void} throw {@link AgiCommandException} when the result says the command
 * failed (AGI's {@code -1}).
 */
public interface AgiChannel extends AgiPlayback, AgiSpeech, AgiDatabase {
    /** The "no key" value of {@code char} results: {@code '\0'}. */
    char NO_DIGIT = '\0';

    /** {@code ANSWER}: answers the call. */
    default void answer() {
        Results.ok(send("ANSWER"), "ANSWER");
    }

    /**
     * {@code HANGUP}: hangs up this call. Returns normally; later commands throw
     * {@link AgiHangupException}.
     */
    default void hangup() {
        try {
            send("HANGUP");
        } catch (AgiHangupException expected) {
            // the call is gone, as asked
        }
    }

    /** {@code HANGUP channel}: hangs up another channel; false when it does not exist. */
    default boolean hangup(String channel) {
        return send("HANGUP", channel).resultNumber() == 1;
    }

    /** {@code GET VARIABLE}: the value, or null when the variable is not set. */
    default String getVariable(String name) {
        return Results.value(send("GET VARIABLE", name));
    }

    /** {@code GET FULL VARIABLE}: evaluates {@code expression} (for example {@code "${CALLERID(num)}"}); null when empty. */
    default String getFullVariable(String expression) {
        return Results.value(send("GET FULL VARIABLE", expression));
    }

    /** {@code GET FULL VARIABLE} on another channel. */
    default String getFullVariable(String expression, String channel) {
        return Results.value(send("GET FULL VARIABLE", expression, channel));
    }

    /** {@code SET VARIABLE}: sets a channel variable (or a function, such as {@code CALLERID(name)}). */
    default void setVariable(String name, String value) {
        Results.ok(send("SET VARIABLE", name, value), "SET VARIABLE");
    }

    /**
     * {@code EXEC}: runs a dialplan application with {@code args} joined by {@code ,} (the
     * separator since Asterisk 1.6). Blocks for as long as the application runs, hours for a
     * {@code Dial}.
     *
     * @return the application's return value (0 for most)
     * @throws AgiCommandException if the application does not exist (result -2)
     */
    default int exec(String application, String... args) {
        AgiReply r = args.length == 0 ? send("EXEC", application) : send("EXEC", application, String.join(",", args));
        if (r.resultNumber() == -2) {
            throw new AgiCommandException("EXEC: no application " + application, r);
        }
        return (int) r.resultNumber();
    }

    /** {@code GOSUB}: runs a dialplan subroutine and returns when it does. */
    default void gosub(String context, String extension, String priority, String... args) {
        AgiReply r = args.length == 0 ? send("GOSUB", context, extension, priority)
                : send("GOSUB", context, extension, priority, String.join(",", args));
        Results.ok(r, "GOSUB");
    }

    /** {@code CHANNEL STATUS} of this channel. */
    default ChannelStatus channelStatus() {
        return ChannelStatus.of(Results.ok(send("CHANNEL STATUS"), "CHANNEL STATUS").resultNumber());
    }

    /** {@code CHANNEL STATUS} of another channel; {@link AgiCommandException} when it does not exist. */
    default ChannelStatus channelStatus(String channel) {
        return ChannelStatus.of(Results.ok(send("CHANNEL STATUS", channel), "CHANNEL STATUS").resultNumber());
    }

    /** {@code SET AUTOHANGUP}: hangs the call up after {@code after} (zero cancels). */
    default void setAutoHangup(Duration after) {
        Results.ok(send("SET AUTOHANGUP", after.toSeconds()), "SET AUTOHANGUP");
    }

    /** {@code SET CALLERID}: for example {@code "\"Alice\" <100>"}. */
    default void setCallerId(String callerId) {
        Results.ok(send("SET CALLERID", callerId), "SET CALLERID");
    }

    /** {@code SET CONTEXT}: where the dialplan continues after the script. */
    default void setContext(String context) {
        Results.ok(send("SET CONTEXT", context), "SET CONTEXT");
    }

    /** {@code SET EXTENSION}: where the dialplan continues after the script. */
    default void setExtension(String extension) {
        Results.ok(send("SET EXTENSION", extension), "SET EXTENSION");
    }

    /** {@code SET PRIORITY}: a number or a label. */
    default void setPriority(String priority) {
        Results.ok(send("SET PRIORITY", priority), "SET PRIORITY");
    }

    /** {@code SET MUSIC on|off}: music on hold of {@code mohClass} (null: default class). */
    default void setMusic(boolean on, String mohClass) {
        AgiReply r = mohClass == null ? send("SET MUSIC", on ? "on" : "off")
                : send("SET MUSIC", on ? "on" : "off", mohClass);
        Results.ok(r, "SET MUSIC");
    }

    /** {@code VERBOSE}: writes {@code message} to Asterisk's console at {@code level} (1–4). */
    default void verbose(String message, int level) {
        Results.ok(send("VERBOSE", message, level), "VERBOSE");
    }

    /** {@code NOOP}: does nothing; a cheap round trip. */
    default void noop() {
        send("NOOP");
    }

    /** {@code SEND TEXT}: sends text to a channel that supports it. */
    default void sendText(String text) {
        Results.ok(send("SEND TEXT", text), "SEND TEXT");
    }

    /** {@code SEND IMAGE}: sends an image to a channel that supports it. */
    default void sendImage(String image) {
        Results.ok(send("SEND IMAGE", image), "SEND IMAGE");
    }

    /** {@code RECEIVE CHAR}: a character, or {@link #NO_DIGIT} on timeout or when unsupported. */
    default char receiveChar(Duration timeout) {
        return Results.digit(send("RECEIVE CHAR", Results.millis(timeout)), "RECEIVE CHAR");
    }

    /** {@code RECEIVE TEXT}: the text received within {@code timeout}. */
    default String receiveText(Duration timeout) {
        AgiReply r = Results.ok(send("RECEIVE TEXT", Results.millis(timeout)), "RECEIVE TEXT");
        return r.data() == null ? "" : r.data();
    }

    /** {@code TDD MODE}: {@code "on"}, {@code "off"}, {@code "tdd"} or {@code "mate"}; false when the channel cannot. */
    default boolean tddMode(String mode) {
        return Results.one(send("TDD MODE", mode), "TDD MODE");
    }

    /** {@code ASYNCAGI BREAK}: ends an AsyncAGI session; the dialplan continues. */
    default void asyncAgiBreak() {
        Results.ok(send("ASYNCAGI BREAK"), "ASYNCAGI BREAK");
    }
}
