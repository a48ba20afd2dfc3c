package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.AmiResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Command output is data: thousands of lines pass in both formats with the default limits, and
 * when the output byte limit is reached the response is refused with its ActionID, its rest is
 * skipped (blank lines of a legacy output included) and the next message decodes as usual.
 */
class CommandOutputDecodeTest {
    private static final String NEXT = "Event: FullyBooted\r\nStatus: Fully Booted\r\n\r\n";

    private static List<String> lines(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i % 10 == 0 ? "" : "exten " + i + " => 1. NoOp(a:b)   ");
        }
        return out;
    }

    static String outputForm(String id, List<String> lines) {
        StringBuilder sb = new StringBuilder("Response: Success\r\nActionID: " + id
                + "\r\nMessage: Command output follows\r\n");
        for (String l : lines) {
            sb.append("Output: ").append(l).append("\r\n");
        }
        return sb.append("\r\n").toString();
    }

    static String legacyForm(String id, List<String> lines) {
        StringBuilder sb = new StringBuilder("Response: Follows\r\nPrivilege: Command\r\nActionID: " + id + "\r\n");
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        return sb.append("--END COMMAND--\r\n\r\n").toString();
    }

    private static void checkBothForms(List<String> lines, int chunk) {
        for (String msg : List.of(outputForm("c-1", lines), legacyForm("c-1", lines))) {
            Decoded d = Decoded.streaming((msg + NEXT).getBytes(StandardCharsets.UTF_8), chunk, DecoderLimits.DEFAULT);
            assertEquals(List.of(), d.errors);
            assertEquals(2, d.frames.size());
            AmiResponse r = new AmiResponse(d.frames.get(0));
            assertEquals("c-1", r.actionId());
            assertEquals(lines, r.output());
            assertEquals("FullyBooted", d.frames.get(1).value(0));
        }
    }

    @Test
    void sixThousandLinesPassInBothForms() {
        List<String> lines = lines(6000);
        for (int chunk : new int[] {1, 7, 1500, 65536, 1 << 22}) {
            checkBothForms(lines, chunk);
        }
    }

    @Test
    void outputLinesLongerThanTheHeaderLineLimitPass() {
        checkBothForms(List.of("short", "x".repeat(100_000), ""), 4096);
    }

    @Test
    void refusedOutputNamesTheLimitCarriesTheActionIdAndKeepsTheStreamFramed() {
        DecoderLimits small = new DecoderLimits(1024, 64, 8192, 10_000);
        List<String> lines = lines(3000); // ~100 KB: ten times the output limit, blank lines included
        for (String msg : List.of(outputForm("big-7", lines), legacyForm("big-7", lines))) {
            for (int chunk : new int[] {1, 13, 4096, 1 << 20}) {
                byte[] in = (msg + NEXT).getBytes(StandardCharsets.UTF_8);
                Decoded d = Decoded.streaming(in, chunk, small);
                assertEquals(1, d.errors.size(), d.order.toString());
                String text = d.errors.get(0).getMessage();
                assertTrue(text.contains("command output larger than 10000 bytes")
                        && text.contains("maxCommandOutputBytes"), text);
                assertEquals(List.of("big-7"), d.refusedIds);
                assertEquals(List.of("Event=FullyBooted|Status=Fully Booted"), d.all(), "no junk after the refused output");
            }
        }
    }

    @Test
    void tooManyHeadersInAResponseAreReportedWithItsActionId() {
        StringBuilder sb = new StringBuilder("Response: Success\r\nActionID: h-1\r\n");
        for (int i = 0; i < 100; i++) {
            sb.append("Key").append(i).append(": v\r\n");
        }
        Decoded d = Decoded.streaming((sb + "\r\n" + NEXT).getBytes(StandardCharsets.UTF_8), 64,
                new DecoderLimits(1024, 64, 8192, 10_000));
        assertEquals(List.of("h-1"), d.refusedIds);
        assertTrue(d.errors.get(0).getMessage().contains("maxHeaders"), d.errors.get(0).getMessage());
        assertEquals(1, d.frames.size());
    }

    @Test
    void eventsStillCountEveryLineAgainstTheHeaderLimit() {
        StringBuilder sb = new StringBuilder("Event: Odd\r\n");
        for (int i = 0; i < 100; i++) {
            sb.append("Output: line ").append(i).append("\r\n");
        }
        Decoded d = Decoded.streaming((sb + "\r\n" + NEXT).getBytes(StandardCharsets.UTF_8), 64,
                new DecoderLimits(1024, 64, 8192, 10_000));
        assertEquals(1, d.errors.size());
        assertEquals(List.of(), d.refusedIds, "an event is no action's answer");
        assertEquals(1, d.frames.size());
    }
}
