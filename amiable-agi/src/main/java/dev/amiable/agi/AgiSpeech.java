package dev.amiable.agi;

import dev.amiable.agi.internal.Results;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Speech recognition ({@code res_speech}): create an engine for the channel, load and activate
 * grammars, recognise. Part of {@link AgiChannel}; each method blocks until Asterisk replies. The
 * {@code boolean} methods return Asterisk's verdict (false: the engine refused).
 */
public interface AgiSpeech extends AgiSender {

    /** {@code SPEECH CREATE}: attaches a recogniser of {@code engine} to the channel. */
    default boolean speechCreate(String engine) {
        return Results.one(send("SPEECH CREATE", engine), "SPEECH CREATE");
    }

    /** {@code SPEECH SET}: sets an engine setting. */
    default boolean speechSet(String name, String value) {
        return Results.one(send("SPEECH SET", name, value), "SPEECH SET");
    }

    /** {@code SPEECH DESTROY}: detaches the recogniser. */
    default boolean speechDestroy() {
        return Results.one(send("SPEECH DESTROY"), "SPEECH DESTROY");
    }

    /** {@code SPEECH LOAD GRAMMAR}: loads the grammar at {@code path} as {@code name}. */
    default boolean speechLoadGrammar(String name, String path) {
        return Results.one(send("SPEECH LOAD GRAMMAR", name, path), "SPEECH LOAD GRAMMAR");
    }

    /** {@code SPEECH UNLOAD GRAMMAR}. */
    default boolean speechUnloadGrammar(String name) {
        return Results.one(send("SPEECH UNLOAD GRAMMAR", name), "SPEECH UNLOAD GRAMMAR");
    }

    /** {@code SPEECH ACTIVATE GRAMMAR}. */
    default boolean speechActivateGrammar(String name) {
        return Results.one(send("SPEECH ACTIVATE GRAMMAR", name), "SPEECH ACTIVATE GRAMMAR");
    }

    /** {@code SPEECH DEACTIVATE GRAMMAR}. */
    default boolean speechDeactivateGrammar(String name) {
        return Results.one(send("SPEECH DEACTIVATE GRAMMAR", name), "SPEECH DEACTIVATE GRAMMAR");
    }

    /**
     * {@code SPEECH RECOGNIZE}: plays {@code prompt} and listens up to {@code timeout}.
     *
     * @throws AgiCommandException if no recogniser is attached (result 0)
     */
    default SpeechResult speechRecognize(String prompt, Duration timeout) {
        AgiReply r = send("SPEECH RECOGNIZE", prompt, Results.millis(timeout));
        if (r.resultNumber() != 1) {
            throw new AgiCommandException("SPEECH RECOGNIZE failed: " + r.text(), r);
        }
        String digitText = r.attribute("digit");
        char digit = digitText == null || digitText.isEmpty() ? AgiChannel.NO_DIGIT : digitText.charAt(0);
        List<SpeechResult.Match> matches = new ArrayList<>();
        int count = parse(r.attribute("results"));
        for (int i = 0; i < count; i++) {
            matches.add(new SpeechResult.Match(parse(r.attribute("score" + i)), r.attribute("text" + i),
                    r.attribute("grammar" + i)));
        }
        return new SpeechResult(r.data(), digit, r.endpos(), List.copyOf(matches), r);
    }

    private static int parse(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
