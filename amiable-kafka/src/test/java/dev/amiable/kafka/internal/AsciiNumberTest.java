package dev.amiable.kafka.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The header digits: the same bytes as {@code Long.toString}, each in an array of its own. */
class AsciiNumberTest {
    private final AsciiNumber digits = new AsciiNumber();

    @Test
    void edgesAndRandomValuesMatchLongToString() {
        long[] edges = {0, 1, 9, 10, 99, 100, 1_000_000, Integer.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE};
        for (long v : edges) {
            check(v);
        }
        Random r = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            check(r.nextLong() & Long.MAX_VALUE);
            check(r.nextInt(100_000));
        }
    }

    @Test
    void eachCallReturnsANewArrayThatLaterCallsLeaveAlone() {
        byte[] first = digits.bytes(123);
        byte[] second = digits.bytes(98_765);
        assertNotSame(first, second);
        assertArrayEquals("123".getBytes(StandardCharsets.US_ASCII), first, "a record may still hold it");
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> digits.bytes(-1));
    }

    private void check(long v) {
        assertArrayEquals(Long.toString(v).getBytes(StandardCharsets.US_ASCII), digits.bytes(v), Long.toString(v));
    }
}
