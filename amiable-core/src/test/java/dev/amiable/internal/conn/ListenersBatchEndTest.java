package dev.amiable.internal.conn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.AmiEventListener;
import dev.amiable.ConnectionListener;
import dev.amiable.ConnectionState;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.HangupEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AmiEventListener#onBatchEnd()} as the listeners' fan-out makes it. */
class ListenersBatchEndTest {
    private final List<String> seen = new ArrayList<>();

    private AmiEventListener<AmiEvent> recording(String who, boolean throwAtEnd) {
        return new AmiEventListener<>() {
            @Override
            public void onEvent(AmiEvent event) {
                seen.add(who + ":" + event.name());
            }

            @Override
            public void onBatchEnd() {
                seen.add(who + ":end");
                if (throwAtEnd) {
                    throw new IllegalStateException("boom");
                }
            }
        };
    }

    @Test
    void everyEventListenerHearsTheEndAfterTheBatchEvenWithoutAnEventOfItsType() {
        Listeners l = new Listeners();
        l.addEvent(AmiEvent.class, recording("all", false));
        l.addEvent(HangupEvent.class, recording("hangups", false));
        l.accept(AmiEvent.of("Event", "Newchannel"));
        l.accept(AmiEvent.of("Event", "VarSet"));
        l.batchEnd();
        assertEquals(List.of("all:Newchannel", "all:VarSet", "all:end", "hangups:end"), seen);
    }

    @Test
    void aThrowingEndIsReportedAndTheOthersStillHearIt() {
        Listeners l = new Listeners();
        List<Object> errors = new ArrayList<>();
        l.addConnection(new ConnectionListener() {
            @Override
            public void onStateChange(ConnectionState state, Throwable cause) {
            }

            @Override
            public void onListenerError(Throwable error, Object what) {
                errors.add(what);
            }
        });
        l.addEvent(AmiEvent.class, recording("first", true));
        l.addEvent(AmiEvent.class, recording("second", false));
        l.batchEnd();
        assertEquals(List.of("first:end", "second:end"), seen);
        assertEquals(List.of("end of batch"), errors);
        assertEquals(1, l.errors.get());
    }

    @Test
    void theDefaultEndDoesNothing() {
        Listeners l = new Listeners();
        l.addEvent(AmiEvent.class, e -> seen.add(e.name()));
        l.accept(AmiEvent.of("Event", "Hangup"));
        l.batchEnd();
        assertEquals(List.of("Hangup"), seen);
    }
}
