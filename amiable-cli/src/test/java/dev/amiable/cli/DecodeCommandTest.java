package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecodeCommandTest {
    private static final Pattern ENTRY = Pattern.compile("\\{\"name\":\"((?:[^\"\\\\]|\\\\.)*)\",\"count\":(\\d+),"
            + "\"typed\":(true|false),\"unknownHeaders\":(\\d+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"01-banner.txt", "02-busy-period.txt", "03-list-actions.txt", "04-command-action.txt",
        "05-login-failures.txt", "06-md5-login-limited-user.txt", "07-security-events.txt", "08-http-rawman.txt"})
    void statsJsonCountsEveryEventExactly(String capture) throws IOException {
        Path file = Captures.file(dir, capture);
        CliRunner.Result res = CliRunner.run("decode", "--stats", "--format", "json", file.toString());
        assertEquals(0, res.code(), res::toString);
        Map<String, Long> expected = Captures.expectedCounts(Captures.bytes(capture));
        assertEquals(expected, counts(res.out()), capture);
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(res.out().contains("\"eventCount\":" + total + ","), res.out());
    }

    @Test
    void statsKnowTypedEventsAndResponses() throws IOException {
        Path file = Captures.file(dir, "03-list-actions.txt");
        CliRunner.Result res = CliRunner.run("decode", "--stats", "--format", "json", file.toString());
        Matcher m = ENTRY.matcher(res.out());
        boolean sawCoreShowChannel = false;
        while (m.find()) {
            if (m.group(1).equals("CoreShowChannel")) {
                sawCoreShowChannel = true;
                assertEquals("22", m.group(2));
            }
        }
        assertTrue(sawCoreShowChannel, res.out());
        assertTrue(res.out().contains("\"decodeErrors\":0"), res.out());
        assertTrue(res.out().matches("(?s)\\{\"messages\":\\d+,\"responses\":[1-9]\\d*,.*"), res.out());
    }

    @Test
    void statsTableIsReadable() throws IOException {
        Path file = Captures.file(dir, "07-security-events.txt");
        CliRunner.Result res = CliRunner.run("decode", "--stats", file.toString());
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertTrue(lines.get(0).matches("Event +Count +Typed +Unknown headers"), lines.get(0));
        assertTrue(lines.get(1).matches("RequestNotAllowed +8 +(yes|no) +\\d+.*"), lines.get(1));
        assertTrue(res.out().contains("decode errors 0"), res.out());
    }

    @Test
    void jsonlHasOneObjectPerMessageAcrossSeveralConnections() throws IOException {
        Path file = Captures.file(dir, "04-command-action.txt");
        CliRunner.Result res = CliRunner.run("decode", file.toString());
        assertEquals(0, res.code(), res::toString);
        List<String> lines = res.out().lines().toList();
        assertEquals(2, lines.stream().filter(l -> l.startsWith("{\"_banner\":\"Asterisk Call Manager/")).count());
        assertEquals(3, lines.stream().filter(l -> l.startsWith("{\"Event\":")).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"Response\":") && l.endsWith("\"_class\":\"AmiResponse\"}")));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{") && l.endsWith("}")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"_class\":\"FullyBootedEvent\"")
                || l.contains("\"Event\":\"FullyBooted\"")));
    }

    @Test
    void missingFileIsAUsageError() {
        CliRunner.Result res = CliRunner.run("decode", dir.resolve("nope.txt").toString());
        assertEquals(2, res.code(), res::toString);
    }

    static Map<String, Long> counts(String json) {
        Map<String, Long> out = new TreeMap<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            out.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return out;
    }
}
