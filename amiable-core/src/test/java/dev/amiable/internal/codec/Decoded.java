package dev.amiable.internal.codec;

import dev.amiable.AmiProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: what a decoder produced, as text, for easy assertions. */
final class Decoded implements FrameSink {
    final List<Frame> frames = new ArrayList<>();
    final List<String> banners = new ArrayList<>();
    final List<AmiProtocolException> errors = new ArrayList<>();
    final List<String> order = new ArrayList<>();
    /** The ActionID reported with each refused response (null when none came before the limit). */
    final List<String> refusedIds = new ArrayList<>();

    @Override
    public void onFrame(Frame frame) {
        frames.add(frame);
        order.add("frame:" + frame.key(0));
    }

    @Override
    public void onBanner(String banner) {
        banners.add(banner);
        order.add("banner");
    }

    @Override
    public void onError(AmiProtocolException error) {
        errors.add(error);
        order.add("error");
    }

    @Override
    public void onResponseError(AmiProtocolException error, String actionId) {
        refusedIds.add(actionId);
        onError(error);
    }

    /** Frame i as "Key=Value" lines joined by '|'. */
    String frame(int i) {
        Frame f = frames.get(i);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < f.size(); k++) {
            if (k > 0) {
                sb.append('|');
            }
            sb.append(f.key(k)).append('=').append(f.value(k));
        }
        return sb.toString();
    }

    List<String> all() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            out.add(frame(i));
        }
        return out;
    }

    /** Feeds {@code input} in chunks of {@code chunk} bytes through a streaming decoder. */
    static Decoded streaming(byte[] input, int chunk, DecoderLimits limits) {
        return streaming(input, chunk, limits, LineEnds.defaultIsVector());
    }

    /** As {@link #streaming(byte[], int, DecoderLimits)}, finding line ends with vectors or not. */
    static Decoded streaming(byte[] input, int chunk, DecoderLimits limits, boolean vector) {
        Decoded d = new Decoded();
        FrameDecoder dec = new FrameDecoder(limits, vector);
        for (int off = 0; off < input.length; off += chunk) {
            int n = Math.min(chunk, input.length - off);
            dec.ensureWritable(n);
            System.arraycopy(input, off, dec.buffer(), dec.writeIndex(), n);
            dec.written(n, d);
        }
        dec.endOfInput(d);
        return d;
    }

    static Decoded streaming(String input, int chunk) {
        return streaming(input.getBytes(StandardCharsets.UTF_8), chunk, DecoderLimits.DEFAULT);
    }

    static Decoded whole(byte[] input, DecoderLimits limits) {
        Decoded d = new Decoded();
        FrameDecoder.decodeAll(input, limits, d);
        return d;
    }
}
