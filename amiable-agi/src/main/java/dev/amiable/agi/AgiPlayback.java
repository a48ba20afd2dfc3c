package dev.amiable.agi;

import dev.amiable.agi.internal.Results;
import java.time.Duration;
import java.time.Instant;

/**
 * Sound and keys: playing files, saying values, collecting DTMF and recording. Part of
 * {@link AgiChannel}; every method blocks the script's thread until Asterisk replies and fails
 * as {@link AgiSender#send} says. {@code escapeDigits} lists the keys that may interrupt
 * (for example {@code "0123456789*#"}; {@code ""} for none).
 */
public interface AgiPlayback extends AgiSender {

    /** {@code STREAM FILE}: plays {@code file} (no extension). */
    default PlaybackResult streamFile(String file, String escapeDigits) {
        return streamFile(file, escapeDigits, 0);
    }

    /** {@code STREAM FILE} starting at sample {@code offset}. */
    default PlaybackResult streamFile(String file, String escapeDigits, long offset) {
        AgiReply r = send("STREAM FILE", file, escapeDigits, offset);
        return new PlaybackResult(Results.digit(r, "STREAM FILE"), r.endpos(), r);
    }

    /**
     * {@code CONTROL STREAM FILE}: plays {@code file} with keys to skip {@code skip} forward
     * ({@code forwardKey}), back ({@code rewindKey}) and pause ({@code pauseKey}), from
     * {@code offset} into it.
     */
    default PlaybackResult controlStreamFile(String file, String escapeDigits, Duration skip, String forwardKey,
            String rewindKey, String pauseKey, Duration offset) {
        AgiReply r = send("CONTROL STREAM FILE", file, escapeDigits, skip.toMillis(), forwardKey, rewindKey,
                pauseKey, offset.toMillis());
        return new PlaybackResult(Results.digit(r, "CONTROL STREAM FILE"), r.endpos(), r);
    }

    /** {@code CONTROL STREAM FILE} with Asterisk's default keys ({@code #}, {@code *}, none). */
    default PlaybackResult controlStreamFile(String file, String escapeDigits) {
        AgiReply r = send("CONTROL STREAM FILE", file, escapeDigits);
        return new PlaybackResult(Results.digit(r, "CONTROL STREAM FILE"), r.endpos(), r);
    }

    /** {@code GET OPTION}: plays {@code file}, then waits up to {@code timeout} for a key. */
    default PlaybackResult getOption(String file, String escapeDigits, Duration timeout) {
        AgiReply r = send("GET OPTION", file, escapeDigits, Results.millis(timeout));
        return new PlaybackResult(Results.digit(r, "GET OPTION"), r.endpos(), r);
    }

    /**
     * {@code GET DATA}: plays {@code file} and collects up to {@code maxDigits} keys, ending on
     * {@code #} or after {@code timeout} without a key.
     */
    default DataResult getData(String file, Duration timeout, int maxDigits) {
        AgiReply r = send("GET DATA", file, Results.millis(timeout), maxDigits);
        if ("-1".equals(r.result())) {
            Results.ok(r, "GET DATA");
        }
        return new DataResult(r.result() == null ? "" : r.result(), "timeout".equals(r.data()), r);
    }

    /** {@code WAIT FOR DIGIT}: the key pressed, or {@link AgiChannel#NO_DIGIT} after {@code timeout} (null: forever). */
    default char waitForDigit(Duration timeout) {
        return Results.digit(send("WAIT FOR DIGIT", Results.millis(timeout)), "WAIT FOR DIGIT");
    }

    /**
     * {@code RECORD FILE}: records to {@code file.format} until a key of {@code escapeDigits},
     * {@code timeout} (null: no limit), or {@code silence} (null: not checked).
     */
    default RecordResult recordFile(String file, String format, String escapeDigits, Duration timeout, boolean beep,
            Duration silence) {
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(file, format, escapeDigits,
                Results.millis(timeout)));
        if (beep) {
            args.add("BEEP");
        }
        if (silence != null) {
            args.add("s=" + silence.toSeconds());
        }
        AgiReply r = send("RECORD FILE", args.toArray());
        if ("hangup".equals(r.data())) {
            throw new AgiHangupException("the channel hung up while recording");
        }
        return new RecordResult(Results.digit(r, "RECORD FILE"), r.data(), r.endpos(), r);
    }

    /** {@code SAY ALPHA}: spells {@code text} letter by letter. */
    default char sayAlpha(String text, String escapeDigits) {
        return Results.digit(send("SAY ALPHA", text, escapeDigits), "SAY ALPHA");
    }

    /** {@code SAY DIGITS}: says {@code digits} one by one. */
    default char sayDigits(String digits, String escapeDigits) {
        return Results.digit(send("SAY DIGITS", digits, escapeDigits), "SAY DIGITS");
    }

    /** {@code SAY NUMBER}: says {@code number} as a whole number. */
    default char sayNumber(long number, String escapeDigits) {
        return Results.digit(send("SAY NUMBER", number, escapeDigits), "SAY NUMBER");
    }

    /** {@code SAY NUMBER} with a grammatical gender ({@code "f"}, {@code "m"}, {@code "n"}, …). */
    default char sayNumber(long number, String escapeDigits, String gender) {
        return Results.digit(send("SAY NUMBER", number, escapeDigits, gender), "SAY NUMBER");
    }

    /** {@code SAY PHONETIC}: spells {@code text} with the phonetic alphabet. */
    default char sayPhonetic(String text, String escapeDigits) {
        return Results.digit(send("SAY PHONETIC", text, escapeDigits), "SAY PHONETIC");
    }

    /** {@code SAY DATE}: says the date of {@code time}. */
    default char sayDate(Instant time, String escapeDigits) {
        return Results.digit(send("SAY DATE", time.getEpochSecond(), escapeDigits), "SAY DATE");
    }

    /** {@code SAY TIME}: says the time of day of {@code time}. */
    default char sayTime(Instant time, String escapeDigits) {
        return Results.digit(send("SAY TIME", time.getEpochSecond(), escapeDigits), "SAY TIME");
    }

    /**
     * {@code SAY DATETIME}: says {@code time} with Asterisk's {@code format} (for example
     * {@code "ABdY 'digits/at' IMp"}) in {@code timezone}; null format or zone: Asterisk's defaults.
     */
    default char sayDateTime(Instant time, String escapeDigits, String format, String timezone) {
        AgiReply r = format == null ? send("SAY DATETIME", time.getEpochSecond(), escapeDigits)
                : timezone == null ? send("SAY DATETIME", time.getEpochSecond(), escapeDigits, format)
                : send("SAY DATETIME", time.getEpochSecond(), escapeDigits, format, timezone);
        return Results.digit(r, "SAY DATETIME");
    }
}
