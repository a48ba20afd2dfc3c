package dev.amiable.testkit.agi;

import dev.amiable.testkit.FakeAsterisk;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * AsyncAGI on a {@link FakeAsterisk}: channels that run {@code AGI(agi:async)}, driven over AMI
 * with the events of a real Asterisk 22. {@link #start} announces a call with
 * {@code AsyncAGIStart} (its {@code Env} URL-encoded); each {@code Action: AGI} on it is answered
 * {@code Added AGI command to queue}, then {@code AGIExecStart}, {@code AGIExecEnd} and
 * {@code AsyncAGIExec} (its {@code Result} URL-encoded, its {@code CommandId} the client's) are
 * broadcast, the reply taken from the call's {@link AgiCallScript} (a delayed reply is emitted when
 * the script's clock gets there). {@code ASYNCAGI BREAK} and a scripted hangup end the call with
 * {@code AsyncAGIEnd}; later actions on it get {@code Response: Error}.
 */
public final class FakeAsyncAgi {
    private final FakeAsterisk server;
    private final Map<String, AsyncAgiCall> calls = new ConcurrentHashMap<>();
    private final AtomicInteger internalIds = new AtomicInteger(1061014222);

    private FakeAsyncAgi(FakeAsterisk server) {
        this.server = server;
    }

    /** Answers {@code Action: AGI} on {@code server} from now on. */
    public static FakeAsyncAgi attach(FakeAsterisk server) {
        FakeAsyncAgi agi = new FakeAsyncAgi(server);
        server.onAction("AGI", (action, session) -> agi.handle(action));
        return agi;
    }

    /** A channel enters AsyncAGI: emits {@code AsyncAGIStart}. */
    public AsyncAgiCall start(AgiEnvironment environment, AgiCallScript script) {
        AsyncAgiCall call = new AsyncAgiCall(this, environment, script);
        calls.put(call.channel(), call);
        server.emit(call.event("AsyncAGIStart").with("Env", AsyncAgiCall.encode(call.envText())));
        return call;
    }

    private Reply handle(RecordedAction action) throws InterruptedException {
        String channel = action.get("Channel");
        AsyncAgiCall call = channel == null ? null : calls.get(channel);
        if (call == null || call.ended()) {
            return Reply.error("Channel " + channel + " does not exist.");
        }
        String command = action.get("Command");
        String commandId = action.get("CommandID");
        AgiCallScript.Step step = call.accept(command);
        Reply.Builder reply = Reply.builder()
                .response(Message.response("Success", "Message", "Added AGI command to queue"));
        if (step.delay().isZero()) {
            for (Message m : outcome(call, command, commandId, step)) {
                reply.broadcast(m);
            }
            return reply.build();
        }
        Thread later = new Thread(() -> {
            try {
                step.awaitDue(call.script().clock());
                for (Message m : outcome(call, command, commandId, step)) {
                    server.emit(m);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fake-async-agi-" + commandId);
        later.setDaemon(true);
        later.start();
        return reply.build();
    }

    private Message[] outcome(AsyncAgiCall call, String command, String commandId, AgiCallScript.Step step) {
        String internal = String.valueOf(internalIds.getAndIncrement());
        Message start = call.event("AGIExecStart").with("CommandId", internal, "Command", command);
        Message end = call.event("AGIExecEnd").with("CommandId", internal, "Command", command,
                "ResultCode", step.lines().get(0).substring(0, Math.min(3, step.lines().get(0).length())),
                "Result", "Success");
        Message exec = call.event("AsyncAGIExec").with("Result",
                AsyncAgiCall.encode(String.join("\n", step.lines()) + "\n"));
        if (commandId != null) {
            exec = exec.with("CommandId", commandId);
        }
        boolean ends = command.trim().equalsIgnoreCase("ASYNCAGI BREAK") || call.script().hangupDue();
        if (ends) {
            call.end();
            return new Message[] {start, end, exec, call.event("AsyncAGIEnd")};
        }
        return new Message[] {start, end, exec};
    }

    /** The caller hangs up now: emits {@code AsyncAGIEnd}; later actions on the channel fail. */
    public void hangup(AsyncAgiCall call) {
        if (call.end()) {
            call.script().kill();
            server.emit(call.event("AsyncAGIEnd"));
        }
    }

}
