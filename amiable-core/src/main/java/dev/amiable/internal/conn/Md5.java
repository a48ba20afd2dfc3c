package dev.amiable.internal.conn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The MD5 login key: lower-case hex of md5(challenge + secret). Shared with the test kit and CLI. */
public final class Md5 {
    private Md5() {
    }

    /** The {@code Key:} to send after {@code Challenge}. */
    public static String key(String challenge, String secret) {
        return hex(challenge + secret);
    }

    /** Lower-case hex MD5 of the UTF-8 bytes of {@code text}. */
    public static String hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
