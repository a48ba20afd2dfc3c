package dev.amiable.agi;

/**
 * How {@link AgiChannel#recordFile} ended.
 *
 * @param digit the key that stopped the recording, or {@link AgiChannel#NO_DIGIT}
 * @param reason Asterisk's word for the ending: {@code "dtmf"}, {@code "timeout"},
 *     {@code "randomerror"}, {@code "writefile"}, or null when it gave none (silence detected)
 * @param endpos the length recorded, in samples, or -1 when Asterisk did not say
 * @param reply the reply as parsed
 */
public record RecordResult(char digit, String reason, long endpos, AgiReply reply) {
}
