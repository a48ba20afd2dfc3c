package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class KeyNamesTest {
    private static String of(String framed, int from, int len) {
        byte[] b = framed.getBytes(StandardCharsets.ISO_8859_1);
        return KeyNames.of(b, from, len);
    }

    @Test
    void theSameKeyFromTwoMessagesIsOneString() {
        String a = of("Channel: PJSIP/1", 0, 7);
        String b = of("xxChannel: PJSIP/2", 2, 7);
        assertEquals("Channel", a);
        assertSame(a, b);
    }

    @Test
    void spellingIsKeptAsSent() {
        String upper = of("CHANNELSTATE: 6", 0, 12);
        String mixed = of("ChannelState: 6", 0, 12);
        assertEquals("CHANNELSTATE", upper);
        assertEquals("ChannelState", mixed);
        assertNotSame(upper, mixed);
        assertSame(mixed, of("ChannelState: 4", 0, 12));
    }

    @Test
    void bytesAboveAsciiAndLongKeysReadAsLatin1() {
        byte[] b = {'K', (byte) 0xe9, 'y', (byte) 0xff};
        assertEquals("K\u00e9y\u00ff", KeyNames.of(b, 0, 4));
        String longKey = "X".repeat(KeyNames.MAX_LENGTH + 1);
        assertEquals(longKey, of(longKey + ": v", 0, longKey.length()));
        assertEquals("", of(": v", 0, 0));
    }

    @Test
    void manyMoreKeysThanSlotsAllReadCorrectlyWhileTheyEvictEachOther() {
        Random random = new Random(5);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add("Key" + Integer.toString(random.nextInt(1 << 20), 36) + (i % 7 == 0 ? "x" : ""));
        }
        for (int round = 0; round < 3; round++) {
            for (String k : keys) {
                assertEquals(k, of("  " + k + ": v", 2, k.length()));
            }
        }
    }

    @Test
    void threadsRacingOverTheSameSlotsAlwaysGetTheirOwnKey() throws Exception {
        String[] keys = new String[64];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "Header" + i;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    int checked = 0;
                    for (int n = 0; n < 200_000; n++) {
                        String k = keys[random.nextInt(keys.length)];
                        byte[] b = (k + ": value").getBytes(StandardCharsets.ISO_8859_1);
                        assertEquals(k, KeyNames.of(b, 0, k.length()));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : results) {
                assertEquals(200_000, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
