package dev.amiable.it.compat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts asterisk-java's parse warnings into the ones a real Asterisk 22 causes too (a field it
 * sends that asterisk-java has no setter for, known from the captures' field lists) and the
 * others, which would be the simulator's fault.
 */
final class RealFields {
    private static final Pattern NO_SETTER =
            Pattern.compile("Unable to set property '([^']*)' to .* on org\\.asteriskjava\\.manager\\.event\\.(\\w+)Event: no setter.*");
    private static final Pattern PARSE_PROBLEM = Pattern.compile("(?i).*(unable to|unparse|cannot parse|could not parse"
            + "|unknown event|no event class|invalid).*");
    private final Map<String, Set<String>> byEvent = new HashMap<>();

    RealFields() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RealFields.class.getResourceAsStream("/captures/asterisk22-event-fields.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (!line.startsWith("#")) {
                    String[] p = line.split(" ", 2);
                    byEvent.put(p[0].toLowerCase(java.util.Locale.ROOT), Set.of(p[1].split(",")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parse warnings not explained by a field that real Asterisk 22 sends on that event. */
    List<String> unexplained(List<String> warnings) {
        List<String> out = new ArrayList<>();
        for (String w : warnings) {
            String message = w.substring(w.indexOf(": ") + 2);
            if (!PARSE_PROBLEM.matcher(message).matches()) {
                continue;
            }
            Matcher m = NO_SETTER.matcher(message);
            Set<String> real = m.matches() ? byEvent.get(eventName(m.group(2))) : null;
            if (real == null || !real.contains(m.group(1))) {
                out.add(w);
            }
        }
        return out;
    }

    /** asterisk-java's class stem to the wire name, lower case: {@code NewChannel} to {@code newchannel}. */
    private static String eventName(String classStem) {
        return classStem.toLowerCase(java.util.Locale.ROOT);
    }
}
