package dev.amiable.kafka;

import dev.amiable.AmiProtocolException;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import dev.amiable.kafka.internal.JsonReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns the values {@link KafkaBridge} writes back into Amiable events: the same typed classes a
 * live listener receives ({@code HangupEvent}, …, or a plain {@link AmiEvent} for a name without a
 * class), and {@link BridgeGapEvent} for gap records. Both formats are recognised by their first
 * byte ({@code {} for JSON, anything else for raw AMI), so one consumer reads either.
 *
 * <p>An {@code ami} value decodes to an event whose bytes are exactly the ones the PBX sent. A
 * {@code json} value gives the same headers, but a repeated key's values come together at its first
 * position, as the envelope stores them. A value that is neither (bad JSON, an unknown envelope
 * version, not one AMI message) fails with Kafka's {@link SerializationException}; a null value
 * gives null. Stateless and thread-safe.
 */
public final class AmiEventDeserializer implements Deserializer<AmiEvent> {
    static {
        BridgeRecordEvent.register();
    }

    @Override
    public AmiEvent deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length > 0 && data[0] == '{') {
            try {
                List<String> kv = JsonReader.headers(data);
                return EventRegistry.global().decode(Frame.of(kv.toArray(new String[0])));
            } catch (IllegalArgumentException e) {
                throw new SerializationException("not an Amiable JSON record: " + e.getMessage(), e);
            }
        }
        List<Frame> frames = new ArrayList<>(1);
        List<AmiProtocolException> errors = new ArrayList<>(0);
        FrameDecoder.decodeAll(data, DecoderLimits.DEFAULT, new FrameSink() {
            @Override
            public void onFrame(Frame frame) {
                frames.add(frame);
            }

            @Override
            public void onBanner(String banner) {
                errors.add(new AmiProtocolException("a banner, not an event: " + banner));
            }

            @Override
            public void onError(AmiProtocolException error) {
                errors.add(error);
            }
        });
        if (!errors.isEmpty()) {
            throw new SerializationException("not an AMI event: " + errors.get(0).getMessage(), errors.get(0));
        }
        if (frames.size() != 1) {
            throw new SerializationException("expected one AMI message, found " + frames.size());
        }
        return EventRegistry.global().decode(frames.get(0));
    }
}
