package dev.amiable.testkit.internal;

import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.List;

/** The simulated PBX: channels, bridges, queues. Answers the actions that read or change it. */
public class Pbx {
    /** The answer to a PBX action, or null when the action is not one of them. */
    Reply handle(ServerSession s, RecordedAction a) {
        return null;
    }

    List<String> channelLines() {
        return List.of();
    }

    int channelCount() {
        return 0;
    }

    int activeCalls() {
        return 0;
    }

    long callsProcessed() {
        return 0;
    }
}
