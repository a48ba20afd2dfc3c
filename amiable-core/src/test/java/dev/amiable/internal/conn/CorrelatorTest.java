package dev.amiable.internal.conn;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.amiable.AmiConnectionException;
import dev.amiable.AmiProtocolException;
import dev.amiable.event.AmiEvent;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * List items find their list by ActionID. Consecutive items of one list are matched on their
 * bytes without the lock; that shortcut must never outlive the list it points at, nor match an
 * ActionID that only looks alike.
 */
class CorrelatorTest {
    private final Correlator correlator = new Correlator();

    private static Pending list(String id, long deadline) {
        return Pending.list(id, "CoreShowChannels", deadline, AmiEvent.class, Runnable::run);
    }

    private static Pending list(String id) {
        return list(id, Long.MAX_VALUE);
    }

    /** The item's ActionID is its second line, as in Asterisk's list items. */
    private Pending itemOf(String actionId) {
        return correlator.listFor(Frame.of("Event", "CoreShowChannel", "ActionID", actionId, "Channel", "PJSIP/a-1"), 1);
    }

    @Test
    void itemsFindTheirListWhetherTheyFollowOneAnotherOrAlternate() {
        Pending a = list("a-1");
        Pending b = list("a-2");
        correlator.register(a);
        correlator.register(b);
        assertSame(a, itemOf("a-1"));
        assertSame(a, itemOf("a-1"));
        assertSame(b, itemOf("a-2"));
        assertSame(a, itemOf("a-1"));
        assertNull(itemOf("a-3"));
        assertNull(itemOf("a-1 "), "a longer value is another ActionID");
        assertNull(itemOf("A-1"), "ActionIDs compare exactly");
        assertSame(a, itemOf("a-1"));
    }

    @Test
    void aListThatEndedIsNoLongerMatchedAndItsActionIdGoesToTheNextListThatUsesIt() {
        Pending first = list("same");
        correlator.register(first);
        assertSame(first, itemOf("same"));
        correlator.remove(first);
        assertNull(itemOf("same"), "a late item of a finished list belongs to no list");

        Pending second = list("same");
        correlator.register(second);
        assertSame(second, itemOf("same"));
    }

    @Test
    void aListThatTimedOutOrWasClosedIsNoLongerMatched() {
        Pending late = list("t-1", 100);
        correlator.register(late);
        assertSame(late, itemOf("t-1"));
        correlator.expire(200);
        assertNull(itemOf("t-1"));

        Pending open = list("t-2");
        correlator.register(open);
        assertSame(open, itemOf("t-2"));
        correlator.close(new AmiConnectionException("closed"));
        assertNull(itemOf("t-2"));
    }

    @Test
    void actionIdsBeyondAsciiAreMatchedAndOnesThatUtf8CannotCarryAreNot() {
        Pending accented = list("liste-é");
        correlator.register(accented);
        assertSame(accented, itemOf("liste-é"));
        assertSame(accented, itemOf("liste-é"));

        // an unpaired surrogate is sent as '?', so the item's ActionID is another string
        Pending broken = list("x\uD800");
        correlator.register(broken);
        assertNull(itemOf("x?"));
        assertNull(itemOf("x?"));
        assertSame(accented, itemOf("liste-é"));
    }

    @Test
    void bytesThatAreNotUtf8StillFindTheListTheirTextNames() {
        Pending replaced = list("x\uFFFD");
        correlator.register(replaced);
        byte[] wire = "Event: CoreShowChannel\r\nActionID: x?\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        wire[wire.length - 5] = (byte) 0xff; // malformed UTF-8, read as U+FFFD
        Frame[] frame = new Frame[1];
        FrameDecoder.decodeAll(wire, DecoderLimits.DEFAULT, new FrameSink() {
            @Override public void onFrame(Frame f) { frame[0] = f; }
            @Override public void onBanner(String banner) { }
            @Override public void onError(AmiProtocolException error) { throw error; }
        });
        assertSame(replaced, correlator.listFor(frame[0], 1));
        assertSame(replaced, correlator.listFor(frame[0], 1), "again, now that the list is the last one matched");
        assertSame(replaced, itemOf("x\uFFFD"));
    }

    @Test
    void aListThatEndedIsNotKeptInMemoryForTheLastItemMatched() throws Exception {
        ReferenceQueue<Pending> collected = new ReferenceQueue<>();
        WeakReference<Pending> watch = endedList(collected);
        // nothing else refers to the ended list: the correlator must not keep it (or its items)
        Reference<? extends Pending> gone = null;
        for (int attempt = 0; attempt < 50 && gone == null; attempt++) {
            System.gc();
            gone = collected.remove(200);
        }
        assertSame(watch, gone, "the ended list was still reachable from the correlator");
    }

    /** Registers a list, matches an item to it, ends it, and returns a weak reference to it. */
    private WeakReference<Pending> endedList(ReferenceQueue<Pending> queue) {
        Pending p = list("gone");
        correlator.register(p);
        assertSame(p, itemOf("gone"));
        correlator.remove(p);
        return new WeakReference<>(p, queue);
    }

    @Test
    void plainActionsAreNeverLists() {
        correlator.register(Pending.plain("p-1", "Ping", Long.MAX_VALUE, Runnable::run));
        assertNull(itemOf("p-1"));
    }
}
