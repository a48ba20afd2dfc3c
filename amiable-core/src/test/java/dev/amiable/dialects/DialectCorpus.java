package dev.amiable.dialects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file of the decode regression corpus ({@code src/test/resources/dialects}): cases of
 * wire bytes, each with what it must decode to. The format, for people adding cases:
 *
 * <pre>
 * # a comment
 * === title of the case
 * Event: Newstate          wire lines: each ends with CRLF, or with a bare LF when it ends in {LF};
 * State: Ring              a blank line ends the message (added after the last line if missing)
 * ---
 * class = NewstateEvent    expectations: the decoded class (AmiResponse for responses),
 * channelState() = RING    an accessor's value (String.valueOf; enums by name; a map or list by toString),
 * reportLsr(1) = 7         an accessor that takes a block number,
 * get(State) = Ring        a raw header,
 * deprecated = true        whether the class is marked @Deprecated,
 * is QueueJoin             an interface of dev.amiable.event the event implements,
 * banner = Asterisk ...    the greeting, for a case whose wire is the greeting alone.
 * </pre>
 */
record DialectCorpus(String file, List<Case> cases) {

    /** One case: its title, the bytes on the wire, and its expectations in order. */
    record Case(String title, byte[] wire, List<String> expectations) {
    }

    static DialectCorpus load(String file) {
        String text;
        try (InputStream in = DialectCorpus.class.getResourceAsStream("/dialects/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        String title = null;
        StringBuilder wire = null;
        List<String> expect = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                add(cases, title, wire, expect);
                title = line.substring(4).trim();
                wire = new StringBuilder();
                expect = null;
            } else if (title == null || line.startsWith("#") && expect != null) {
                continue;
            } else if (line.equals("---") && expect == null) {
                expect = new ArrayList<>();
            } else if (expect != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    expect.add(line.trim());
                }
            } else if (line.endsWith("{LF}")) {
                wire.append(line, 0, line.length() - 4).append('\n');
            } else if (!line.isEmpty() || wire.length() > 0) {
                wire.append(line).append("\r\n");
            }
        }
        add(cases, title, wire, expect);
        return new DialectCorpus(file, cases);
    }

    private static void add(List<Case> cases, String title, StringBuilder wire, List<String> expect) {
        if (title == null) {
            return;
        }
        if (expect == null || expect.isEmpty()) {
            throw new IllegalStateException("case '" + title + "' has no expectations");
        }
        String w = wire.toString();
        if (!w.startsWith("Asterisk Call Manager/") && !w.endsWith("\r\n\r\n") && !w.endsWith("\n\n")) {
            w += "\r\n";
        }
        cases.add(new Case(title, w.getBytes(StandardCharsets.UTF_8), List.copyOf(expect)));
    }
}
