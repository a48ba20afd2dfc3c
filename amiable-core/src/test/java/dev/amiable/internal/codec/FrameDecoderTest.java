package dev.amiable.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every framing quirk of real servers, each decoded one byte at a time, in odd chunks, all at
 * once, and repeated many times in one buffer, finding line ends eight bytes at a time and (where
 * the JVM offers them) with vectors: the result must be the same every way.
 */
class FrameDecoderTest {

    /** Runs {@code check} on the decode of {@code input} for several chunkings, and on 50 copies in one buffer. */
    private static void everyWay(String input, Consumer<Decoded> check) {
        for (int chunk : new int[] {1, 2, 3, 7, 64, 100_000}) {
            check.accept(Decoded.streaming(input, chunk));
            if (LineEnds.VECTOR_AVAILABLE) {
                byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
                check.accept(Decoded.streaming(bytes, chunk, DecoderLimits.DEFAULT, true));
                check.accept(Decoded.streaming(bytes, chunk, DecoderLimits.DEFAULT, false));
            }
        }
        check.accept(Decoded.whole(input.getBytes(StandardCharsets.UTF_8), DecoderLimits.DEFAULT));
        Decoded many = Decoded.streaming(input.repeat(50), 4096);
        Decoded one = Decoded.streaming(input, 4096);
        assertEquals(one.frames.size() * 50, many.frames.size(), "many messages in one buffer");
        for (int i = 0; i < many.frames.size(); i++) {
            assertEquals(one.frame(i % one.frames.size()), many.frame(i));
        }
    }

    @Test
    void bannerIsKeptAndNotAMessage() {
        everyWay("Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nMessage: ok\r\n\r\n", d -> {
            assertEquals(List.of("Asterisk Call Manager/11.0.0"), d.banners);
            assertEquals(List.of("Response=Success|Message=ok"), d.all());
            assertEquals(List.of("banner", "frame:Response"), d.order);
        });
    }

    @Test
    void crlfAndBareLfLineEnds() {
        everyWay("Event: A\r\nX: 1\r\n\r\nEvent: B\nY: 2\n\nEvent: C\r\nZ: 3\n\r\n", d -> {
            assertEquals(List.of("Event=A|X=1", "Event=B|Y=2", "Event=C|Z=3"), d.all());
            assertTrue(d.errors.isEmpty());
        });
    }

    @Test
    void extraBlankLinesAreEmptyFramesAndSkipped() {
        everyWay("\r\n\r\nEvent: A\r\n\r\n\r\n\r\nEvent: B\r\n\r\n", d -> {
            assertEquals(List.of("Event=A", "Event=B"), d.all());
            assertTrue(d.errors.isEmpty());
        });
    }

    @Test
    void keyWithoutSpaceOrValue() {
        everyWay("Event: A\r\nEmpty: \r\nNoSpace:x\r\nBare:\r\n\r\n", d -> {
            assertEquals(List.of("Event=A|Empty=|NoSpace=x|Bare="), d.all());
        });
    }

    @Test
    void valuesSplitOnFirstColonOnly() {
        everyWay("Event: A\r\nData: a: b:c\r\nAddr: IPV4/TCP/127.0.0.1:5038\r\n\r\n", d -> {
            assertEquals(List.of("Event=A|Data=a: b:c|Addr=IPV4/TCP/127.0.0.1:5038"), d.all());
        });
    }

    @Test
    void keyLookupsAgreeWhetherOrNotTheColonWasFoundBefore() {
        String msg = "Event: A\r\nData: a: b\r\nx:y: z\r\n: empty key\r\nNoColonHere\r\nData:\r\n\r\n";
        everyWay(msg, d -> {
            // asked before anything else about these lines
            Frame f = d.frames.get(0);
            assertEquals(-1, f.indexOf("x:y"), "the key ends at the first colon");
            assertEquals(2, f.indexOf("x"));
            assertEquals(3, f.indexOf(""), "a line that starts with a colon has the empty key");
            assertEquals(5, f.indexOf("data", 2));
            assertEquals(-1, f.indexOf("Data: a"));
            assertEquals("", f.value(5));
            // the same frame again, every colon now known
            for (int i = 0; i < f.size(); i++) {
                f.colon(i);
            }
            assertEquals(-1, f.indexOf("x:y"));
            assertEquals(2, f.indexOf("X"));
            assertEquals(3, f.indexOf(""));
            assertEquals(Frame.NO_COLON, f.colon(4));
            assertEquals("y: z", f.value(2));
            assertEquals(List.of("Event=A|Data=a: b|x=y: z|=empty key|=NoColonHere|Data="), d.all());
        });
    }

    @Test
    void leadingSpacesBeyondTheFirstAreKept() {
        everyWay("Response: Success\r\nOutput:    Members: \r\n\r\n", d -> {
            assertEquals("   Members: ", d.frames.get(0).value(1));
        });
    }

    @Test
    void lineWithoutColonIsKeptWithEmptyKey() {
        everyWay("Response: Success\r\nActionID: 5\r\nNo categories found\r\n\r\n", d -> {
            assertEquals(List.of("Response=Success|ActionID=5|=No categories found"), d.all());
            assertEquals(2, d.frames.get(0).indexOf(""));
        });
    }

    @Test
    void utf8TextAndTruncatedCharactersDecodeLeniently() {
        byte[] head = "Event: A\r\nName: Zoë ☎\r\nCut: ab".getBytes(StandardCharsets.UTF_8);
        byte[] cut = {(byte) 0xe2, (byte) 0x98}; // first two bytes of a three-byte character
        byte[] tail = "\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + cut.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(cut, 0, all, head.length, cut.length);
        System.arraycopy(tail, 0, all, head.length + cut.length, tail.length);
        for (int chunk : new int[] {1, 5, 1000}) {
            Decoded d = Decoded.streaming(all, chunk, DecoderLimits.DEFAULT);
            assertEquals("Zoë ☎", d.frames.get(0).value(1));
            assertEquals("ab\uFFFD", d.frames.get(0).value(2));
            assertTrue(d.errors.isEmpty());
        }
    }

    @Test
    void repeatedKeysKeepOrderAndLookupIgnoresCase() {
        String msg = "Event: VarSet\r\nUniqueID: 1.2\r\nChanVariable: A=1\r\nChanVariable(Local/100@x-0001;1): B=2\r\n"
                + "DestChanVariable: C=3\r\nVariable: V1=a\r\nVariable: V2=b\r\nOutput: x\r\nOutput: y\r\n\r\n";
        everyWay(msg, d -> {
            Frame f = d.frames.get(0);
            assertEquals(1, f.indexOf("uniqueid"));
            assertEquals(1, f.indexOf("Uniqueid"));
            assertEquals("UniqueID", f.key(1));
            assertEquals("ChanVariable(Local/100@x-0001;1)", f.key(3));
            assertEquals(5, f.indexOf("variable"));
            assertEquals(6, f.indexOf("VARIABLE", 6));
            assertEquals(8, f.indexOf("output", 8));
        });
    }

    @Test
    void legacyFollowsCommandOutput() {
        String msg = "Response: Follows\r\nPrivilege: Command\r\nActionID: 7\r\n"
                + "Channel              Location\n\nKey: looks like a header\n2 active channels\n--END COMMAND--\r\n\r\n"
                + "Event: After\r\n\r\n";
        everyWay(msg, d -> {
            assertEquals(List.of("Response=Follows|Privilege=Command|ActionID=7|Output=Channel              Location"
                    + "|Output=|Output=Key: looks like a header|Output=2 active channels", "Event=After"), d.all());
            assertTrue(d.errors.isEmpty());
        });
    }

    @Test
    void legacyFollowsWithEndMarkerOnTheLastOutputLine() {
        everyWay("Response: Follows\r\nPrivilege: Command\r\nlast line--END COMMAND--\r\n\r\n", d -> {
            assertEquals(List.of("Response=Follows|Privilege=Command|Output=last line"), d.all());
        });
    }

    @Test
    void modernOutputHeaders() {
        everyWay("Response: Success\r\nActionID: 3\r\nMessage: Command output follows\r\nOutput: a: b\r\nOutput: \r\n\r\n", d -> {
            assertEquals(List.of("Response=Success|ActionID=3|Message=Command output follows|Output=a: b|Output="), d.all());
        });
    }

    @Test
    void responseHeaderInsideEventsAndActionIdLast() {
        everyWay("Event: ChallengeResponseFailed\r\nResponse: abc\r\n\r\nEvent: ParkedCall\r\nX: 1\r\nActionID: 9\r\n\r\n", d -> {
            assertEquals("frame:Event", d.order.get(0));
            assertEquals(2, d.frames.get(1).indexOf("ActionID"));
        });
    }

    @Test
    void bannerBetweenConnectionsInARecording() {
        everyWay("Asterisk Call Manager/11.0.0\r\nResponse: Error\r\n\r\nAsterisk Call Manager/11.0.0\r\nResponse: Success\r\n\r\n", d -> {
            assertEquals(2, d.banners.size());
            assertEquals(List.of("Response=Error", "Response=Success"), d.all());
        });
    }

    @Test
    void overLongLineIsReportedSkippedAndTheStreamResynchronises() {
        DecoderLimits small = new DecoderLimits(100, 10, 10_000);
        String longLine = "Event: A\r\nBig: " + "x".repeat(500) + "\r\nMore: 1\r\n\r\nEvent: B\r\n\r\n";
        for (int chunk : new int[] {1, 13, 100_000}) {
            Decoded d = Decoded.streaming(longLine.getBytes(StandardCharsets.UTF_8), chunk, small);
            assertEquals(1, d.errors.size(), "one error per bad message");
            assertTrue(d.errors.get(0).getMessage().contains("line longer than 100 bytes"), d.errors.get(0).getMessage());
            assertTrue(d.errors.get(0).getMessage().contains("\"Big: xxx"), d.errors.get(0).getMessage());
            assertEquals(List.of("Event=B"), d.all());
        }
    }

    @Test
    void headerFloodIsReportedAndSkipped() {
        DecoderLimits small = new DecoderLimits(100, 10, 10_000);
        StringBuilder sb = new StringBuilder("Event: Flood\r\n");
        for (int i = 0; i < 50; i++) {
            sb.append("H").append(i).append(": v\r\n");
        }
        sb.append("\r\nEvent: Next\r\n\r\n");
        for (int chunk : new int[] {1, 100_000}) {
            Decoded d = Decoded.streaming(sb.toString().getBytes(StandardCharsets.UTF_8), chunk, small);
            assertEquals(1, d.errors.size());
            assertTrue(d.errors.get(0).getMessage().contains("more than 10 lines"));
            assertEquals(List.of("Event=Next"), d.all());
        }
    }

    @Test
    void neverEndingMessageKeepsMemoryBounded() {
        DecoderLimits small = new DecoderLimits(100, 100_000, 2_000);
        FrameDecoder dec = new FrameDecoder(small);
        Decoded d = new Decoded();
        byte[] line = "Header: value\r\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 100_000; i++) {
            dec.ensureWritable(line.length);
            System.arraycopy(line, 0, dec.buffer(), dec.writeIndex(), line.length);
            dec.written(line.length, d);
            assertTrue(dec.pendingBytes() <= 2_100, "pending bytes stay bounded: " + dec.pendingBytes());
        }
        assertEquals(1, d.errors.size());
        assertTrue(d.errors.get(0).getMessage().contains("larger than 2000 bytes"));
    }

    @Test
    void unfinishedMessageAtEndOfStreamIsAnError() {
        Decoded d = Decoded.streaming("Event: A\r\n\r\nEvent: B\r\nX: 1\r\n", 3);
        assertEquals(List.of("Event=A"), d.all());
        assertEquals(1, d.errors.size());
        assertTrue(d.errors.get(0).getMessage().contains("stream ended inside a message"));
    }

    @Test
    void framesSurviveChunkMovesUntouched() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            sb.append("Event: E").append(i).append("\r\nValue: ").append("v".repeat(i % 50)).append("\r\n\r\n");
        }
        Decoded d = Decoded.streaming(sb.toString(), 977);
        assertEquals(5000, d.frames.size());
        for (int i = 0; i < 5000; i++) {
            assertEquals("Event=E" + i + "|Value=" + "v".repeat(i % 50), d.frame(i));
        }
    }
}
