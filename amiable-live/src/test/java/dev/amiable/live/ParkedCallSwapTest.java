package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code ParkedCallSwap}: the new parkee takes the space, the one it replaced is no longer parked. */
class ParkedCallSwapTest {
    private final Model model = new Model(c -> { });
    private final Folder folder = new Folder(model);

    @Test
    void theSwappedInChannelReplacesTheParkedOneInItsSpaceOnly() {
        fold(parkEvent("ParkedCall", "1700000000.1", "PJSIP/100-00000001", "701"));
        fold(parkEvent("ParkedCall", "1700000000.7", "PJSIP/300-00000003", "702"));
        fold(parkEvent("ParkedCallSwap", "1700000000.5", "PJSIP/200-00000002", "701"));
        PbxSnapshot s = model.snapshot();
        assertEquals(Set.of("1700000000.5", "1700000000.7"),
                s.parkedCalls().stream().map(LiveParkedCall::uniqueid).collect(Collectors.toSet()));
        LiveParkedCall now = s.parkedCalls().stream().filter(p -> p.space().equals("701")).findFirst().orElseThrow();
        assertEquals("PJSIP/200-00000002", now.channel());
        assertEquals(List.of("701", "702"), s.parkedCalls().stream().map(LiveParkedCall::space).sorted().toList());
    }

    @Test
    void aSwapIntoAnEmptySpaceJustParks() {
        fold(parkEvent("ParkedCallSwap", "1700000000.5", "PJSIP/200-00000002", "703"));
        assertEquals(1, model.snapshot().parkedCalls().size());
        fold(AmiEvent.of("Event", "UnParkedCall", "ParkeeUniqueid", "1700000000.5"));
        assertEquals(0, model.snapshot().parkedCalls().size());
    }

    private void fold(AmiEvent e) {
        if (folder.fold(e)) {
            model.publish();
        }
    }

    private static AmiEvent parkEvent(String name, String uid, String channel, String space) {
        return AmiEvent.of("Event", name, "Privilege", "call,all", "ParkeeChannel", channel, "ParkeeUniqueid", uid,
                "ParkerDialString", "PJSIP/100", "Parkinglot", "default", "ParkingSpace", space,
                "ParkingTimeout", "45", "ParkingDuration", "0");
    }
}
