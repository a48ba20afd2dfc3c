package dev.amiable.dialects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.amiable.AmiMessage;
import dev.amiable.AmiProtocolException;
import dev.amiable.AmiResponse;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decode regression corpus: one file per Asterisk dialect, each case decoded one byte at a
 * time, in chunks of 7 and whole, and then as one stream with every other case of its file, and
 * checked against what it must decode to (format: {@link DialectCorpus}).
 */
class DialectCorpusTest {
    private static final Pattern ACCESSOR = Pattern.compile("([a-zA-Z0-9]+)\\((\\d*)\\) = (.*)");
    private static final Pattern RAW = Pattern.compile("get\\(([^)]+)\\) = (.*)");

    @ParameterizedTest
    @ValueSource(strings = {"asterisk-1.4.txt", "asterisk-1.6.txt", "asterisk-1.8.txt", "asterisk-11.txt",
        "asterisk-13.txt", "asterisk-16.txt", "asterisk-18.txt", "asterisk-20.txt", "asterisk-22.txt"})
    void everyCaseDecodesToWhatItMust(String file) throws Exception {
        DialectCorpus corpus = DialectCorpus.load(file);
        assertTrue(corpus.cases().size() >= 5, file + " has few cases");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<String> expectedItems = new ArrayList<>();
        for (DialectCorpus.Case c : corpus.cases()) {
            String where = file + ": " + c.title();
            Collected whole = decode(c.wire(), c.wire().length);
            assertEquals(whole.items, decode(c.wire(), 1).items, where + " (one byte at a time)");
            assertEquals(whole.items, decode(c.wire(), 7).items, where + " (chunks of 7)");
            assertEquals(1, whole.items.size(), where + ": one message or greeting, no error: " + whole.items);
            check(where, whole, c.expectations());
            all.write(c.wire());
            expectedItems.addAll(whole.items);
        }
        assertEquals(expectedItems, decode(all.toByteArray(), 4096).items, file + " as one stream");
    }

    private static void check(String where, Collected got, List<String> expectations) throws Exception {
        Object msg = got.frame == null ? null
                : got.frame.keyIs(0, "Response") ? new AmiResponse(got.frame) : EventRegistry.global().decode(got.frame);
        for (String e : expectations) {
            String at = where + ": " + e;
            Matcher raw = RAW.matcher(e);
            Matcher acc = ACCESSOR.matcher(e);
            if (e.startsWith("banner = ")) {
                assertEquals(e.substring(9), got.banner, at);
            } else if (e.startsWith("class = ")) {
                assertEquals(e.substring(8), msg.getClass().getSimpleName(), at);
            } else if (e.startsWith("deprecated = ")) {
                assertEquals(Boolean.parseBoolean(e.substring(13)), msg.getClass().isAnnotationPresent(Deprecated.class), at);
            } else if (e.startsWith("is ")) {
                assertTrue(Class.forName("dev.amiable.event." + e.substring(3)).isInstance(msg), at);
            } else if (raw.matches()) {
                assertEquals(value(raw.group(2)), ((AmiMessage) msg).get(raw.group(1)), at);
            } else if (acc.matches()) {
                Method m = acc.group(2).isEmpty() ? msg.getClass().getMethod(acc.group(1))
                        : msg.getClass().getMethod(acc.group(1), int.class);
                Object v = acc.group(2).isEmpty() ? m.invoke(msg) : m.invoke(msg, Integer.parseInt(acc.group(2)));
                String want = acc.group(3).equals("\"\"") ? "" : acc.group(3).replace("\\n", "\n");
                assertEquals(want, v instanceof Enum<?> en ? en.name() : String.valueOf(v), at);
            } else {
                fail("cannot read expectation " + at);
            }
        }
    }

    /** {@code null} stands for an absent header; {@code ""} (two quotes) for an empty one. */
    private static String value(String text) {
        return text.equals("null") ? null : text.equals("\"\"") ? "" : text;
    }

    private static Collected decode(byte[] wire, int chunk) {
        Collected out = new Collected();
        FrameDecoder d = new FrameDecoder(DecoderLimits.DEFAULT);
        for (int off = 0; off < wire.length; off += chunk) {
            d.feed(wire, off, Math.min(chunk, wire.length - off), out);
        }
        d.endOfInput(out);
        return out;
    }

    /** What the decoder produced: each frame as its text, the greeting, errors. */
    private static final class Collected implements FrameSink {
        final List<String> items = new ArrayList<>();
        Frame frame;
        String banner;

        @Override
        public void onFrame(Frame f) {
            frame = f;
            items.add(f.toString());
        }

        @Override
        public void onBanner(String b) {
            banner = b;
            items.add("banner " + b);
        }

        @Override
        public void onError(AmiProtocolException error) {
            items.add("error " + error.getMessage());
        }
    }
}
