package dev.amiable.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.internal.Folder;
import dev.amiable.live.internal.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The changes reported while the busy period is folded form one chain per call and per channel:
 * each change's {@code before} is the last {@code after} reported for that key, so a listener that
 * applies them holds exactly the snapshot's calls and channels after every event.
 */
class ChangeChainTest {

    @Test
    void aListenerApplyingTheChangesHoldsTheSnapshotAfterEveryEvent() {
        Map<String, LiveCall> calls = new HashMap<>();
        Map<String, LiveChannel> channels = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int[] callChanges = {0};
        Model model = new Model(c -> {
            if (c instanceof LiveChange.CallChange cc) {
                callChanges[0]++;
                String id = cc.before() != null ? cc.before().linkedid() : cc.after().linkedid();
                check(problems, "call " + id, calls.get(id), cc.before());
                put(calls, id, cc.after());
            } else if (c instanceof LiveChange.ChannelChange ch) {
                String id = ch.before() != null ? ch.before().uniqueid() : ch.after().uniqueid();
                check(problems, "channel " + id, channels.get(id), ch.before());
                put(channels, id, ch.after());
            }
        });
        model.reportChanges(true);
        Folder folder = new Folder(model);
        for (AmiEvent e : CaptureEvents.load("02-busy-period.txt")) {
            if (!folder.fold(e)) {
                continue;
            }
            PbxSnapshot s = model.publish();
            if (s.calls().size() != calls.size() || !s.calls().stream().allMatch(c -> c.equals(calls.get(c.linkedid())))) {
                problems.add(e.name() + ": the calls reported differ from the snapshot's");
            }
            if (s.channels().size() != channels.size()
                    || !s.channels().stream().allMatch(c -> c.equals(channels.get(c.uniqueid())))) {
                problems.add(e.name() + ": the channels reported differ from the snapshot's");
            }
            if (problems.size() > 10) {
                break;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(callChanges[0] > 1000, "the busy period changes calls often: " + callChanges[0]);
    }

    private static void check(List<String> problems, String what, Object held, Object before) {
        if (held == null ? before != null : !held.equals(before)) {
            problems.add(what + ": before " + before + " but the listener held " + held);
        }
    }

    private static <V> void put(Map<String, V> map, String id, V after) {
        if (after == null) {
            map.remove(id);
        } else {
            map.put(id, after);
        }
    }
}
