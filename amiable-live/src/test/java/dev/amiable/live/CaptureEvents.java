package dev.amiable.live;

import dev.amiable.event.AmiEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The events of a recorded capture (test resources), typed as the client would type them. */
final class CaptureEvents {
    private CaptureEvents() {
    }

    static List<AmiEvent> load(String name) {
        String text;
        try (InputStream in = CaptureEvents.class.getResourceAsStream("/captures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing capture " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AmiEvent> out = new ArrayList<>();
        for (String frame : text.split("\r?\n\r?\n")) {
            String f = frame.strip();
            if (!f.startsWith("Event:")) {
                continue;
            }
            List<String> kv = new ArrayList<>();
            for (String line : f.split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                kv.add(line.substring(0, colon));
                kv.add(line.substring(colon + 1).strip());
            }
            out.add(AmiEvent.of(kv.toArray(new String[0])));
        }
        return out;
    }
}
