package dev.amiable.testkit.agi;

import dev.amiable.testkit.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One channel in AsyncAGI on a {@link FakeAsyncAgi}: the commands it received, and whether it
 * ended. Thread-safe.
 */
public final class AsyncAgiCall {
    private final FakeAsyncAgi owner;
    private final AgiEnvironment environment;
    private final AgiCallScript script;
    private final BlockingQueue<String> commands = new LinkedBlockingQueue<>();
    private final List<String> allCommands = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);

    AsyncAgiCall(FakeAsyncAgi owner, AgiEnvironment environment, AgiCallScript script) {
        this.owner = owner;
        this.environment = environment;
        this.script = script;
    }

    /** The channel's name ({@code agi_channel}). */
    public String channel() {
        return environment.get("channel");
    }

    AgiCallScript script() {
        return script;
    }

    AgiCallScript.Step accept(String command) {
        AgiCallScript.Step step = script.answer(command);
        synchronized (allCommands) {
            allCommands.add(command);
        }
        commands.add(command);
        return step;
    }

    /** Marks the call ended; true the first time. */
    boolean end() {
        synchronized (ended) {
            if (ended.getCount() == 0) {
                return false;
            }
            ended.countDown();
            return true;
        }
    }

    /** The caller hangs up now (emits {@code AsyncAGIEnd}). */
    public void hangup() {
        owner.hangup(this);
    }

    /** The next command received, waiting up to {@code timeout}; null if none came. */
    public String takeCommand(Duration timeout) throws InterruptedException {
        return commands.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Every command received so far, in order. */
    public List<String> commands() {
        synchronized (allCommands) {
            return List.copyOf(allCommands);
        }
    }

    /** Waits for the call's {@code AsyncAGIEnd}; false on timeout. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean ended() {
        return ended.getCount() == 0;
    }

    String envText() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : environment.forAsyncAgi().entrySet()) {
            sb.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        return sb.append('\n').toString();
    }

    /** An event about this channel, with the snapshot headers Asterisk 22 puts first. */
    Message event(String name) {
        return Message.event(name, "Privilege", "agi,all", "Channel", channel(), "ChannelState", "6",
                "ChannelStateDesc", "Up", "CallerIDNum", or(environment.get("callerid")),
                "CallerIDName", or(environment.get("calleridname")), "ConnectedLineNum", "<unknown>",
                "ConnectedLineName", "<unknown>", "Language", environment.get("language"),
                "AccountCode", environment.get("accountcode"), "Context", environment.get("context"),
                "Exten", environment.get("extension"), "Priority", environment.get("priority"),
                "Uniqueid", environment.get("uniqueid"), "Linkedid", environment.get("uniqueid"));
    }

    private static String or(String v) {
        return v == null || v.equals("unknown") ? "<unknown>" : v;
    }

    /** Percent-encodes as Asterisk does: every byte but letters, digits and {@code -_.!~*'()}. */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
