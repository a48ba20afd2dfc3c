package dev.amiable.internal.codec;

import dev.amiable.AmiProtocolException;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import java.util.List;

/** Wire bytes to typed events as the client's reader makes them, for tools, tests and benchmarks. */
public final class WireEvents {
    private WireEvents() {
    }

    /**
     * Decodes {@code wire} (whole messages, default limits) and appends every frame, decoded by the
     * global event registry, to {@code out}; a greeting line is skipped.
     *
     * @throws AmiProtocolException for a message that breaks the decoder's limits
     */
    public static void decode(byte[] wire, List<AmiEvent> out) {
        EventRegistry registry = EventRegistry.global();
        FrameDecoder.decodeAll(wire, DecoderLimits.DEFAULT, new FrameSink() {
            @Override
            public void onFrame(Frame frame) {
                out.add(registry.decode(frame));
            }

            @Override
            public void onBanner(String banner) {
            }

            @Override
            public void onError(AmiProtocolException error) {
                throw error;
            }
        });
    }
}
