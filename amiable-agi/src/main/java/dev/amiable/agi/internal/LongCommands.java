package dev.amiable.agi.internal;

/**
 * The AGI commands that wait on the caller or the dialplan rather than answer at once (playback,
 * key presses, recording, speech, applications, subroutines), during which a session gives its
 * admission place up. Matched on the command's leading words, case aside.
 */
public final class LongCommands {
    private static final String[] LONG = {
        "EXEC", "GOSUB", "STREAM FILE", "CONTROL STREAM FILE", "GET DATA", "GET OPTION", "RECORD FILE",
        "WAIT FOR DIGIT", "SAY", "SPEECH RECOGNIZE", "RECEIVE CHAR", "RECEIVE TEXT",
    };

    private LongCommands() {
    }

    /** Whether {@code command} (its name, possibly followed by arguments) is a long one. */
    public static boolean isLong(String command) {
        int start = 0;
        while (start < command.length() && command.charAt(start) == ' ') {
            start++;
        }
        for (String name : LONG) {
            int end = start + name.length();
            if (command.regionMatches(true, start, name, 0, name.length())
                    && (end == command.length() || command.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
