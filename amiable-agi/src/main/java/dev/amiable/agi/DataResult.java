package dev.amiable.agi;

/**
 * The keys collected by {@link AgiChannel#getData}.
 *
 * @param digits the keys pressed, in order (possibly empty)
 * @param timedOut whether the caller stopped typing before {@code maxDigits} keys or {@code #}
 * @param reply the reply as parsed
 */
public record DataResult(String digits, boolean timedOut, AgiReply reply) {
}
