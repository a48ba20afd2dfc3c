package dev.amiable.agi;

/**
 * How a playback or prompt ended: the key pressed, if any, and where the sound stopped.
 *
 * @param digit the DTMF key that interrupted it ({@code 0-9 * # A-D}), or {@link AgiChannel#NO_DIGIT}
 *     when it ran to the end (or timed out)
 * @param endpos the sample offset where playback stopped, or -1 when Asterisk did not say
 * @param reply the reply as parsed
 */
public record PlaybackResult(char digit, long endpos, AgiReply reply) {
    /** Whether a key interrupted it. */
    public boolean interrupted() {
        return digit != AgiChannel.NO_DIGIT;
    }
}
