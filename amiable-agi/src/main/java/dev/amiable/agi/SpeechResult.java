package dev.amiable.agi;

import java.util.List;

/**
 * What {@link AgiChannel#speechRecognize} heard.
 *
 * @param reason {@code "speech"}, {@code "dtmf"} or {@code "timeout"} (Asterisk's word)
 * @param digit the key pressed when the reason is {@code "dtmf"}, else {@link AgiChannel#NO_DIGIT}
 * @param endpos where the prompt stopped, in samples, or -1
 * @param matches the recognised results, best first (empty unless the reason is speech)
 * @param reply the reply as parsed
 */
public record SpeechResult(String reason, char digit, long endpos, List<Match> matches, AgiReply reply) {
    /**
     * One recognised result.
     *
     * @param score the engine's confidence
     * @param text the words heard
     * @param grammar the grammar that matched
     */
    public record Match(int score, String text, String grammar) {
    }
}
