package dev.amiable.agi;

import dev.amiable.AmiClient;
import dev.amiable.Registration;
import dev.amiable.action.AGIAction;
import dev.amiable.agi.internal.AsyncConversation;
import dev.amiable.agi.internal.FastAgiSession;
import dev.amiable.agi.internal.ScriptRunner;
import dev.amiable.agi.internal.SessionThreads;
import dev.amiable.event.AsyncAGIEndEvent;
import dev.amiable.event.AsyncAGIExecEvent;
import dev.amiable.event.AsyncAGIStartEvent;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * AsyncAGI: runs an {@link AgiScript} for every channel that enters {@code AGI(agi:async)},
 * over an existing {@link AmiClient}, with no second port. On {@code AsyncAGIStart} a session
 * starts with the URL-decoded {@code Env} as its {@link AgiRequest} (path {@code /}); each command
 * is sent as {@code Action: AGI} with a unique {@code CommandID} and answered by the matching
 * {@code AsyncAGIExec} (its {@code Result} URL-decoded by the core's typed accessor);
 * {@code AsyncAGIEnd} is the hangup. When the script returns or throws, the session sends
 * {@code ASYNCAGI BREAK} so the dialplan continues.
 *
 * <p>Threads: AMI events only hand work over; each script runs on a virtual thread (Java 21+) or
 * one of 200 pool threads. {@link #close()} stops taking new channels, lets scripts run up to the
 * shutdown timeout, then sends {@code HANGUP} to the rest and ends their sessions. The AMI client
 * stays open: it is the caller's.
 */
public final class AsyncAgiServer implements AutoCloseable {
    private final AmiClient client;
    private final AgiScript script;
    private final Duration shutdownTimeout;
    private final String idPrefix;
    private final ExecutorService executor;
    private final Map<String, AsyncConversation> sessions = new ConcurrentHashMap<>();
    private final List<Registration> registrations;
    private volatile boolean closing;

    private AsyncAgiServer(AmiClient client, AgiScript script, Duration shutdownTimeout) {
        this.client = client;
        this.script = script;
        this.shutdownTimeout = shutdownTimeout;
        this.idPrefix = "amiable-" + Long.toHexString(new SecureRandom().nextLong() & 0xFFFFFFFFL) + "-";
        this.executor = SessionThreads.create("amiable-async-agi", 200, true);
        this.registrations = List.of(
                client.addListener(AsyncAGIStartEvent.class, this::started),
                client.addListener(AsyncAGIExecEvent.class, e -> {
                    AsyncConversation c = sessions.get(e.get("Channel"));
                    if (c != null) {
                        c.executed(e.get("CommandId"), e.result());
                    }
                }),
                client.addListener(AsyncAGIEndEvent.class, e -> {
                    AsyncConversation c = sessions.get(e.get("Channel"));
                    if (c != null) {
                        c.ended("the channel left AsyncAGI (AsyncAGIEnd)");
                    }
                }));
    }

    /** Starts serving {@code script} to every channel entering AsyncAGI from now on. */
    public static AsyncAgiServer start(AmiClient client, AgiScript script) {
        return start(client, script, Duration.ofSeconds(30));
    }

    /** {@link #start(AmiClient, AgiScript)} with the time {@link #close()} lets scripts finish. */
    public static AsyncAgiServer start(AmiClient client, AgiScript script, Duration shutdownTimeout) {
        return new AsyncAgiServer(client, script, shutdownTimeout);
    }

    private void started(AsyncAGIStartEvent e) {
        String channel = e.get("Channel");
        if (closing || channel == null) {
            return;
        }
        AgiRequest request = AgiRequest.of(environment(e.env()));
        AsyncConversation conversation = new AsyncConversation(client, channel, idPrefix);
        sessions.put(channel, conversation);
        executor.execute(() -> {
            try {
                ScriptRunner.run(script, conversation, request);
                if (!conversation.isHungUp()) {
                    conversation.send("ASYNCAGI BREAK");
                }
            } catch (AgiException ignored) {
                // the channel went away first: nothing to break out of
            } finally {
                sessions.remove(channel, conversation);
                synchronized (sessions) {
                    sessions.notifyAll();
                }
            }
        });
    }

    private static Map<String, String> environment(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                FastAgiSession.putVariable(env, line);
            }
        }
        return env;
    }

    /** Channels whose script is running. */
    public int activeSessions() {
        return sessions.size();
    }

    /** Graceful stop, as the class comment says. Idempotent; leaves the AMI client open. */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        synchronized (sessions) {
            while (!sessions.isEmpty() && System.nanoTime() < deadline) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(sessions, deadline - System.nanoTime());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        for (AsyncConversation c : sessions.values()) {
            client.send(AGIAction.builder().channel(c.channel()).command("HANGUP").build());
            c.ended("the AsyncAGI server shut down");
        }
        registrations.forEach(Registration::close);
        executor.shutdown();
    }
}
