package dev.amiable.example;

import dev.amiable.live.LiveCall;
import dev.amiable.live.LiveChannel;
import dev.amiable.live.LivePbx;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /calls}: the calls in progress, oldest first, from the live state the starter keeps. */
@RestController
public class CallsController {
    private final LivePbx live;

    public CallsController(LivePbx live) {
        this.live = live;
    }

    /** One call as JSON. */
    public record Call(String linkedid, String started, String answered, List<Party> parties) {
    }

    /** One channel of a call. */
    public record Party(String channel, String state, String callerId, String context, String exten) {
    }

    @GetMapping("/calls")
    public List<Call> calls() {
        return live.snapshot().calls().stream()
                .sorted(Comparator.comparing(LiveCall::started, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(CallsController::call)
                .toList();
    }

    private static Call call(LiveCall c) {
        return new Call(c.linkedid(), String.valueOf(c.started()), c.answered() == null ? null : c.answered().toString(),
                c.channels().stream().map(CallsController::party).toList());
    }

    private static Party party(LiveChannel ch) {
        return new Party(ch.name(), String.valueOf(ch.state()), ch.callerIdNum(), ch.context(), ch.exten());
    }
}
