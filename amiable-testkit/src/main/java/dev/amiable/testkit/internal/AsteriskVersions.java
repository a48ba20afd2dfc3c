package dev.amiable.testkit.internal;

/** Which Asterisk release ships which AMI version (for {@code core show version}). */
final class AsteriskVersions {
    private AsteriskVersions() {
    }

    static String forAmi(AmiVersion v) {
        if (v.major() == 11) {
            return "22.10.1";
        }
        if (v.major() >= 3) {
            return (v.major() + 11) + ".0.0";
        }
        if (v.major() == 2) {
            return v.minor() >= 7 ? "13.38.3" : "12.8.2";
        }
        if (v.minor() >= 3) {
            return "11.25.3";
        }
        if (v.minor() == 2) {
            return "10.12.4";
        }
        return v.minor() == 1 ? "1.8.32.3" : "1.4.44";
    }
}
