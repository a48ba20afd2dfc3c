package dev.amiable.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The messages of a capture in test resources that answer one ActionID, as header lines. */
final class CapturedAnswers {
    private CapturedAnswers() {
    }

    static List<List<String>> forActionId(String capture, String actionId) {
        String text;
        try (InputStream in = CapturedAnswers.class.getResourceAsStream("/captures/" + capture)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> out = new ArrayList<>();
        for (String m : text.split("\r\n\r\n")) {
            List<String> lines = new ArrayList<>(Arrays.asList(m.strip().split("\r\n")));
            lines.removeIf(String::isEmpty);
            if (lines.contains("ActionID: " + actionId)) {
                out.add(lines);
            }
        }
        return out;
    }

    /** The header names of a message, in order. */
    static List<String> names(List<String> message) {
        List<String> names = new ArrayList<>();
        for (String line : message) {
            int colon = line.indexOf(':');
            names.add(colon < 0 ? line : line.substring(0, colon));
        }
        return names;
    }
}
