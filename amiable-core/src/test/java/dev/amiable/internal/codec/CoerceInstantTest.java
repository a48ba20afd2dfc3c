package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoerceInstantTest {
    /** Epoch seconds as the reading takes them: control bytes and spaces (up to 0x20) around. */
    private static final java.util.regex.Pattern EPOCH =
            java.util.regex.Pattern.compile("[\\x00-\\x20]*(\\d{1,12})(?:\\.(\\d{0,9}))?[\\x00-\\x20]*");

    /** What {@link Coerce#parseInstant(byte[], int, int)} must give for epoch seconds, by regex. */
    private static Instant independentReading(String s) {
        java.util.regex.Matcher m = EPOCH.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String fraction = m.group(2) == null ? "" : m.group(2);
        return Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong((fraction + "000000000").substring(0, 9)));
    }

    @Test
    void readsEpochSecondsWithAnyFractionUpToNanoseconds() {
        assertEquals(Instant.ofEpochSecond(1795349769L, 940906000L), Coerce.parseInstant("1795349769.940906"));
        assertEquals(Instant.ofEpochSecond(1795349769L), Coerce.parseInstant("1795349769"));
        assertEquals(Instant.ofEpochSecond(1795349769L), Coerce.parseInstant("1795349769."));
        assertEquals(Instant.ofEpochSecond(0, 123456789L), Coerce.parseInstant("0.123456789"));
        assertEquals(Instant.ofEpochSecond(12, 500_000_000L), Coerce.parseInstant("  12.5 "));
        assertEquals(Instant.ofEpochSecond(999_999_999_999L, 1L), Coerce.parseInstant("999999999999.000000001"));
    }

    @Test
    void readsAsteriskEventTimeAndIso() {
        assertEquals(Instant.parse("2026-11-22T12:16:09.940Z"), Coerce.parseInstant("2026-11-22T12:16:09.940+0000"));
        assertEquals(Instant.parse("2026-11-22T12:16:09Z"), Coerce.parseInstant("2026-11-22T13:16:09+01:00"));
    }

    @Test
    void givesNullForWhatIsNotATime() {
        assertNull(Coerce.parseInstant(null));
        assertNull(Coerce.parseInstant(""));
        assertNull(Coerce.parseInstant("   "));
        assertNull(Coerce.parseInstant("."));
        assertNull(Coerce.parseInstant(".5"));
        assertNull(Coerce.parseInstant("1.2.3"));
        assertNull(Coerce.parseInstant("1795349769.9409061234"), "more than nanoseconds");
        assertNull(Coerce.parseInstant("1234567890123"), "more than 12 digits of seconds");
        assertNull(Coerce.parseInstant("-5"));
        assertNull(Coerce.parseInstant("12:16"));
        assertNull(Coerce.parseInstant("yesterday"));
    }

    @Test
    void epochSecondsAgreeWithAnIndependentReading() {
        java.util.Random random = new java.util.Random(11);
        String alphabet = "0123456789. \t";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(26); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 10)));
            }
            String s = sb.toString();
            Instant expected = independentReading(s);
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(expected, Coerce.parseInstant(b, 0, b.length), "[" + s + "]");
        }
    }

    @Test
    void asteriskFormReadEightDigitsAtATimeAgreesWithTheRegexForEveryCorruptByte() {
        java.util.Random random = new java.util.Random(17);
        byte[] odd = {'/', ':', '.', ' ', 'a', 0, (byte) 0x80, (byte) 0xff, (byte) 0xfa, '0' - 1, '9' + 1, '9' + 7};
        for (int round = 0; round < 5_000; round++) {
            byte[] b = new byte[17 + 3];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ('0' + random.nextInt(10));
            }
            b[11] = '.'; // the form starts at 1: ten digits, the dot, six digits
            if (round > 0) { // round 0: the form itself; then one to three bytes made odd
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    b[1 + random.nextInt(17)] = odd[random.nextInt(odd.length)];
                }
            }
            String s = new String(b, 1, 17, java.nio.charset.StandardCharsets.ISO_8859_1);
            Instant expected = independentReading(s);
            assertEquals(expected, Coerce.parseInstant(b, 1, 18), "[" + s + "]");
        }
        byte[] edge = "9999999999.999999".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(Instant.ofEpochSecond(9_999_999_999L, 999_999_000L), Coerce.parseInstant(edge, 0, edge.length));
        byte[] zero = "0000000000.000000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(Instant.EPOCH, Coerce.parseInstant(zero, 0, zero.length));
    }

    @Test
    void eightDigitsReadsEveryDigitInEveryPlaceAndRefusesEveryOtherByte() {
        for (int place = 0; place < 8; place++) {
            for (int v = 0; v < 256; v++) {
                byte[] b = "31415926".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                b[place] = (byte) v;
                long w = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
                long expected = v >= '0' && v <= '9' ? Long.parseLong(new String(b, java.nio.charset.StandardCharsets.US_ASCII)) : -1;
                assertEquals(expected, Coerce.eightDigits(w), "byte " + v + " at " + place);
            }
        }
    }

    @Test
    void readsTheSameFromBytesAsFromText() {
        String[] samples = {"1795349769.940906", "1795349769", "1795349769.", "0.123456789", "  12.5 ", "\t7\r",
            "999999999999.000000001", "2026-11-22T12:16:09.940+0000", "2026-11-22T13:16:09+01:00",
            " 2026-11-22T12:16:09.940+0000 ", "", "   ", ".", ".5", "1.2.3", "1795349769.9409061234",
            "1234567890123", "-5", "12:16", "yesterday", "12é", "١٢"};
        for (String s : samples) {
            byte[] utf8 = ("x" + s + "y").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(Coerce.parseInstant(s), Coerce.parseInstant(utf8, 1, utf8.length - 1), "[" + s + "]");
        }
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789. :T-+Z\t";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(Coerce.parseInstant(s), Coerce.parseInstant(b, 0, b.length), "[" + s + "]");
        }
    }
}
