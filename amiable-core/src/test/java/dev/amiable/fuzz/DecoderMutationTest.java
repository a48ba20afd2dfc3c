package dev.amiable.fuzz;

import dev.amiable.internal.codec.DecoderLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A deterministic complement to the Jazzer run: 30,000 seeded mutations (bit flips, inserted
 * CR/LF/colon/NUL, duplicated and deleted ranges, truncation, splices) of the same capture
 * seeds, each checked against {@link DecoderOracle} with small and default limits. Coverage-blind,
 * but the same inputs every build, so a failure here always reproduces.
 */
class DecoderMutationTest {
    private static final byte[][] TOKENS = {"\r".getBytes(StandardCharsets.US_ASCII), "\n".getBytes(StandardCharsets.US_ASCII),
        "\r\n".getBytes(StandardCharsets.US_ASCII), "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), ":".getBytes(StandardCharsets.US_ASCII),
        {0}, "Response: Follows\r\n".getBytes(StandardCharsets.US_ASCII), "--END COMMAND--".getBytes(StandardCharsets.US_ASCII),
        "Asterisk Call Manager/1.1\r\n".getBytes(StandardCharsets.US_ASCII), {(byte) 0xc3}, {(byte) 0xff, (byte) 0xfe}};

    @Test
    void thirtyThousandMutationsOfTheCapturesKeepTheProperty() throws IOException {
        List<byte[]> seeds = seeds();
        Random r = new Random(20261123L);
        int runs = Integer.getInteger("amiable.mutations", 30_000);
        for (int i = 0; i < runs; i++) {
            byte[] in = mutate(seeds.get(r.nextInt(seeds.size())), r);
            int shape = r.nextInt();
            try {
                DecoderOracle.check(in, shape, DecoderOracle.SMALL);
                DecoderOracle.check(in, shape, DecoderLimits.DEFAULT);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("mutation " + i + " (shape " + shape + ") failed; input: "
                        + Arrays.toString(in), e);
            }
        }
        System.out.printf("[fuzz] %d seeded mutations checked%n", runs);
    }

    private static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int ops = 1 + r.nextInt(8);
        for (int k = 0; k < ops; k++) {
            int len = b.length;
            int at = len == 0 ? 0 : r.nextInt(len);
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (len > 0) {
                        b[at] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = insert(b, at, TOKENS[r.nextInt(TOKENS.length)]);
                case 2 -> {
                    int n = Math.min(len - at, r.nextInt(64));
                    b = insert(b, at, Arrays.copyOfRange(b, at, at + n));
                }
                case 3 -> {
                    int n = Math.min(len - at, r.nextInt(32));
                    byte[] c = new byte[len - n];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + n, c, at, len - at - n);
                    b = c;
                }
                case 4 -> b = Arrays.copyOf(b, at);
                case 5 -> b = insert(b, at, "x".repeat(r.nextInt(200)).getBytes(StandardCharsets.US_ASCII));
                default -> {
                    if (len > 0) {
                        b[at] = (byte) r.nextInt(256);
                    }
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static List<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String name : new String[] {"banner", "busy-events", "list-actions", "command", "login-failures", "security",
            "http-rawman", "legacy-follows", "quirks"}) {
            try (InputStream in = DecoderMutationTest.class.getResourceAsStream("FrameDecoderFuzzTestInputs/decoder/" + name)) {
                byte[] all = in.readAllBytes();
                out.add(Arrays.copyOfRange(all, 3, all.length));
            }
        }
        return out;
    }
}
