package dev.amiable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the command in-process with captured output, as a test would from a shell. */
final class CliRunner {
    /** What a run produced. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    /** A run in progress on its own thread; {@link #out} can be watched while it runs. */
    static final class Running {
        final WatchedWriter out = new WatchedWriter();
        final StringWriter err = new StringWriter();
        final CompletableFuture<Result> result = new CompletableFuture<>();

        Result await(long seconds) throws Exception {
            return result.get(seconds, TimeUnit.SECONDS);
        }
    }

    private CliRunner() {
    }

    /** An environment without a profiles file or AMI_SECRET. */
    static final Map<String, String> CLEAN_ENV = Map.of("XDG_CONFIG_HOME", "/nonexistent/amiable-test");

    static Result run(String... args) {
        return run(CLEAN_ENV, args);
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> e = new HashMap<>(CLEAN_ENV);
        e.putAll(env);
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), e).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Running start(String... args) {
        Running r = new Running();
        Thread t = new Thread(() -> {
            try {
                int code = Main.commandLine(new PrintWriter(r.out, true), new PrintWriter(r.err, true), CLEAN_ENV)
                        .execute(args);
                r.result.complete(new Result(code, r.out.toString(), r.err.toString()));
            } catch (Throwable e) {
                r.result.completeExceptionally(e);
            }
        }, "cli-under-test");
        t.setDaemon(true);
        t.start();
        return r;
    }

    /** {@code command}, the options to reach a FakeAsterisk on loopback as admin/amp111, then {@code more}. */
    static String[] at(int port, String command, String... more) {
        String[] base = {command, "--host", "127.0.0.1", "--port", Integer.toString(port), "--username", "admin",
            "--secret", "amp111"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
