package dev.amiable.testkit.internal;

/**
 * An AMI version such as {@code 1.1}, {@code 2.10.3} or {@code 11.0.0}, compared numerically, and
 * the behaviour differences the fake server derives from it.
 */
public record AmiVersion(String text, int major, int minor, int patch) {

    public static AmiVersion parse(String text) {
        String[] p = text.trim().split("\\.");
        return new AmiVersion(text.trim(), num(p, 0), num(p, 1), num(p, 2));
    }

    private static int num(String[] p, int i) {
        if (i >= p.length) {
            return 0;
        }
        try {
            return Integer.parseInt(p[i].replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean atLeast(int maj, int min) {
        return major > maj || (major == maj && minor >= min);
    }

    /** AMI 1.0 (Asterisk 1.4): {@code Response: Pong}, {@code Response: Events On}. */
    public boolean isAncient() {
        return !atLeast(1, 1);
    }

    /**
     * Asterisk up to 13 (AMI below 3.0) answers Command with {@code Response: Follows}, raw lines
     * and {@code --END COMMAND--}; from Asterisk 14 (AMI 3.0.0) with {@code Output:} headers.
     */
    public boolean legacyCommandOutput() {
        return !atLeast(3, 0);
    }

    /** Ping carries {@code Timestamp} from AMI 1.1 (Asterisk 1.8) on. */
    public boolean pingTimestamp() {
        return atLeast(1, 1);
    }
}
