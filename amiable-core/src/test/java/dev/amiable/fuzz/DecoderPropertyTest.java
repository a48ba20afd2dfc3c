package dev.amiable.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.AmiProtocolException;
import dev.amiable.action.AmiAction;
import dev.amiable.action.GenericAction;
import dev.amiable.internal.codec.ActionEncoder;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the codec over many generated cases, with fixed seeds so a failure repeats:
 * valid messages decode to themselves however the stream is split, and encoding then decoding
 * an action gives back its name, ActionID and headers in order.
 */
class DecoderPropertyTest {
    private static final String[] KEYS = {"Event", "Channel", "Uniqueid", "Variable", "ChanVariable(PJSIP/1-0)",
        "Output", "CallerIDName", "X-Custom_Key", "ListItems", "Value"};
    private static final String[] PIECES = {"a", "Z", "0", " ", ":", ": ", "::", "=", "é", "中文", "😀", "\t", "-",
        "PJSIP/alice-00000001", "ÿ", "\\", "\"", "%", "Asterisk Call Manager/1.0", "--END COMMAND--"};

    /** One generated message: its lines in order. */
    private record Msg(List<String[]> headers) {
    }

    @Test
    void validMessagesSplitIntoAnyChunksDecodeToThemselves() {
        Random r = new Random(0xA111AB1EL);
        int cases = 600;
        long messages = 0;
        for (int c = 0; c < cases; c++) {
            List<Msg> model = new ArrayList<>();
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            boolean banner = r.nextBoolean();
            if (banner) {
                write(wire, "Asterisk Call Manager/11.0.0\r\n");
            }
            int n = 1 + r.nextInt(12);
            for (int m = 0; m < n; m++) {
                Msg msg = randomMessage(r);
                model.add(msg);
                for (String[] h : msg.headers()) {
                    write(wire, h[0] + ":" + (r.nextInt(4) == 0 ? "" : " ") + h[1]);
                    if (h[1].startsWith(" ")) {
                        throw new IllegalStateException("generator must not start values with a space");
                    }
                    write(wire, r.nextBoolean() ? "\r\n" : "\n");
                }
                write(wire, r.nextBoolean() ? "\r\n" : "\n");
                for (int extra = r.nextInt(3); extra > 0 && r.nextInt(3) == 0; extra--) {
                    write(wire, "\r\n");
                }
            }
            byte[] bytes = wire.toByteArray();
            List<String> expected = new ArrayList<>();
            if (banner) {
                expected.add("B|Asterisk Call Manager/11.0.0");
            }
            for (Msg msg : model) {
                StringBuilder sb = new StringBuilder("F");
                msg.headers().forEach(h -> sb.append('|').append(h[0]).append('=').append(h[1]));
                expected.add(sb.toString());
            }
            int[] chunks = new int[1 + r.nextInt(6)];
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = 1 + r.nextInt(r.nextBoolean() ? 7 : 300);
            }
            DecoderOracle.Result streamed = DecoderOracle.stream(bytes, chunks, DecoderLimits.DEFAULT);
            assertEquals(expected, streamed.items(), "case " + c + " chunks " + java.util.Arrays.toString(chunks));
            assertEquals(0, streamed.errors());
            assertEquals(expected, DecoderOracle.whole(bytes, DecoderLimits.DEFAULT).items(), "case " + c);
            messages += n;
        }
        System.out.printf("[property] %d streams, %d messages decoded identically in random chunks%n", cases, messages);
    }

    @Test
    void encodeThenDecodeGivesBackTheAction() {
        Random r = new Random(0xC0DECL);
        ActionEncoder encoder = new ActionEncoder();
        int cases = 2000;
        for (int c = 0; c < cases; c++) {
            String name = "Act" + r.nextInt(1000);
            GenericAction.Builder b = GenericAction.builder(name);
            List<String[]> headers = new ArrayList<>();
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) {
                String key = KEYS[r.nextInt(KEYS.length)].replace(":", "").replace(" ", "");
                if (key.equalsIgnoreCase("ActionID") || key.equalsIgnoreCase("Action")) {
                    continue;
                }
                String value = randomValue(r, true);
                headers.add(new String[] {key, value});
                b.header(key, value);
            }
            String id = r.nextBoolean() ? "id-" + c + ":" + randomValue(r, false) : "k14vgn-" + c;
            AmiAction action = b.build();
            encoder.encode(action, id);
            byte[] bytes = encoder.toByteArray();
            List<Frame> frames = new ArrayList<>();
            FrameDecoder.decodeAll(bytes, DecoderLimits.DEFAULT, new FrameSink() {
                @Override public void onFrame(Frame frame) { frames.add(frame); }
                @Override public void onBanner(String banner) { throw new AssertionError("banner " + banner); }
                @Override public void onError(AmiProtocolException error) { throw error; }
            });
            assertEquals(1, frames.size(), "case " + c);
            Frame f = frames.get(0);
            assertEquals(2 + headers.size(), f.size(), "case " + c);
            assertEquals("Action", f.key(0));
            assertEquals(name, f.value(0));
            assertEquals("ActionID", f.key(1));
            assertEquals(id, f.value(1), "case " + c);
            for (int i = 0; i < headers.size(); i++) {
                assertEquals(headers.get(i)[0], f.key(2 + i), "case " + c + " header " + i);
                assertEquals(headers.get(i)[1], f.value(2 + i), "case " + c + " header " + i);
            }
        }
        System.out.printf("[property] %d actions encoded and decoded back unchanged%n", cases);
    }

    private static Msg randomMessage(Random r) {
        List<String[]> h = new ArrayList<>();
        h.add(new String[] {r.nextInt(4) == 0 ? "Response" : "Event", r.nextInt(4) == 0 ? "Success" : "Ev" + r.nextInt(50)});
        int n = r.nextInt(15);
        for (int i = 0; i < n; i++) {
            h.add(new String[] {KEYS[r.nextInt(KEYS.length)], randomValue(r, false)});
        }
        return new Msg(h);
    }

    /** A value of pieces with colons, spaces and UTF-8; never starting with a space when {@code lead} is false. */
    private static String randomValue(Random r, boolean lead) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        String s = sb.toString();
        if (!lead) {
            while (s.startsWith(" ") || s.startsWith("\t")) {
                s = s.substring(1);
            }
        }
        return s;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
