package dev.amiable.agi;

import dev.amiable.testkit.agi.AgiCallScript;
import dev.amiable.testkit.agi.AgiEnvironment;
import dev.amiable.testkit.agi.FakeAgiCall;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A FastAGI server on a free port whose route {@code /t/*} runs the script registered for the
 * request's {@code id} parameter, and hands its outcome (return value or exception) to a future.
 */
final class AgiTestServer implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    interface Body {
        Object run(AgiChannel channel, AgiRequest request) throws Exception;
    }

    private final Map<String, Body> bodies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Object>> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    final AgiServer server;

    AgiTestServer() {
        this(AgiServer.builder().port(0));
    }

    AgiTestServer(AgiServer.Builder builder) {
        server = builder.route("/t/*", (channel, request) -> {
            String id = request.param("id");
            CompletableFuture<Object> outcome = outcomes.get(id);
            try {
                outcome.complete(bodies.get(id).run(channel, request));
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
                throw t;
            }
        }).build().start();
    }

    /** A call running {@code body}; its outcome comes in {@link Run#outcome}. */
    Run call(AgiCallScript script, Body body) {
        return call(script, AgiEnvironment.create(), "", body);
    }

    Run call(AgiCallScript script, AgiEnvironment env, String query, Body body) {
        String id = String.valueOf(ids.incrementAndGet());
        bodies.put(id, body);
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        outcomes.put(id, outcome);
        FakeAgiCall call = FakeAgiCall.to("agi://127.0.0.1:" + server.port() + "/t/case?id=" + id + query, script, env)
                .start();
        return new Run(call, outcome);
    }

    record Run(FakeAgiCall call, CompletableFuture<Object> outcome) {
        Object result() throws Exception {
            return outcome.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
