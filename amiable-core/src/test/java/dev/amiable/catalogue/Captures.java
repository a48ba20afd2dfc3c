package dev.amiable.catalogue;

import dev.amiable.AmiProtocolException;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the real Asterisk captures from the test resources (the large ones stored gzipped) and
 * decodes their events.
 */
public final class Captures {
    /** Captures of AMI over TCP that carry events. */
    static final List<String> WITH_EVENTS = List.of("02-busy-period.txt", "03-list-actions.txt",
            "04-command-action.txt", "06-md5-login-limited-user.txt", "07-security-events.txt");

    private Captures() {
    }

    /** The capture's bytes exactly as recorded, unzipped when stored as {@code name.gz}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + name)) {
            if (in != null) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream gz = Captures.class.getResourceAsStream("/captures/" + name + ".gz")) {
            if (gz == null) {
                throw new IllegalStateException("missing test resource captures/" + name);
            }
            return new java.util.zip.GZIPInputStream(gz).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every frame whose first header is {@code Event}, decoded by the global registry. */
    static List<AmiEvent> events(String name) {
        List<AmiEvent> out = new ArrayList<>();
        FrameDecoder.decodeAll(bytes(name), DecoderLimits.DEFAULT, new FrameSink() {
            @Override
            public void onFrame(Frame frame) {
                if (frame.size() > 0 && frame.keyIs(0, "Event")) {
                    out.add(EventRegistry.global().decode(frame));
                }
            }

            @Override
            public void onBanner(String banner) {
            }

            @Override
            public void onError(AmiProtocolException error) {
                throw error;
            }
        });
        return out;
    }

    /** The events of every capture in {@link #WITH_EVENTS}. */
    static List<AmiEvent> allEvents() {
        List<AmiEvent> out = new ArrayList<>();
        for (String c : WITH_EVENTS) {
            out.addAll(events(c));
        }
        return out;
    }

    /** The first event named {@code name} in {@code capture}. */
    static AmiEvent first(String capture, String name) {
        return events(capture).stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " event in " + capture));
    }
}
