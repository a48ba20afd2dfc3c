package dev.amiable.testkit.agi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A simulated Asterisk channel running {@code AGI(agi://host:port/path?query,args…)}: it connects
 * to a FastAGI server, sends the {@code agi_*} environment and a blank line, then answers each
 * command line from its {@link AgiCallScript}, until the server closes the connection.
 *
 * <p>{@link #start()} runs the call on a thread of its own; {@link #run()} on the caller's.
 * {@link #takeCommand} returns the commands in the order received; {@link #awaitEnd} waits for
 * the server to close. Thread-safe.
 */
public final class FakeAgiCall {
    private final String host;
    private final int port;
    private final Map<String, String> env;
    private final AgiCallScript script;
    private final BlockingQueue<String> commands = new LinkedBlockingQueue<>();
    private final List<String> allCommands = new ArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile Socket socket;
    private volatile OutputStream out;
    private volatile Throwable failure;

    private FakeAgiCall(String host, int port, Map<String, String> env, AgiCallScript script) {
        this.host = host;
        this.port = port;
        this.env = env;
        this.script = script;
    }

    /** A call to {@code url} ({@code agi://host:port/path?query}) answering from {@code script}. */
    public static FakeAgiCall to(String url, AgiCallScript script, AgiEnvironment environment) {
        URI uri = URI.create(url);
        int port = uri.getPort() < 0 ? 4573 : uri.getPort();
        return new FakeAgiCall(uri.getHost(), port, environment.forFastAgi(url), script);
    }

    /** {@link #to(String, AgiCallScript, AgiEnvironment)} with a default environment. */
    public static FakeAgiCall to(String url, AgiCallScript script) {
        return to(url, script, AgiEnvironment.create());
    }

    /** The environment this call sends, in order. */
    public Map<String, String> environment() {
        return new LinkedHashMap<>(env);
    }

    /** Connects and runs the call on a new daemon thread; returns at once. */
    public FakeAgiCall start() {
        Thread t = new Thread(this::runQuietly, "fake-agi-call-" + env.get("agi_uniqueid"));
        t.setDaemon(true);
        t.start();
        return this;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Connects and runs the call on this thread until the server closes the connection. */
    public void run() {
        try (Socket s = new Socket()) {
            socket = s;
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port));
            out = s.getOutputStream();
            connected.countDown();
            StringBuilder head = new StringBuilder();
            env.forEach((k, v) -> head.append(k).append(": ").append(v).append('\n'));
            write(head.append('\n').toString());
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                AgiCallScript.Step step = script.answer(line);
                synchronized (allCommands) {
                    allCommands.add(line);
                }
                commands.add(line);
                step.awaitDue(script.clock());
                write(String.join("\n", step.lines()) + "\n");
                if (script.hangupDue()) {
                    write("HANGUP\n");
                }
            }
        } catch (IOException e) {
            if (!script.isDead()) {
                throw new UncheckedIOException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            connected.countDown();
            ended.countDown();
        }
    }

    private void write(String text) throws IOException {
        synchronized (this) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /**
     * The caller hangs up now, whatever the script says: writes {@code HANGUP}; later commands
     * get {@code 511}. Does nothing before the connection is made.
     */
    public void hangupNow() throws IOException {
        script.kill();
        if (out != null) {
            write("HANGUP\n");
        }
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

    /** Waits until the server has closed the connection; false on timeout. */
    public boolean awaitEnd(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Waits until the connection is made (or the call failed or ended); false on timeout. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return connected.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Whether the call has ended. */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    /** What ended the call's thread abnormally (connection refused, reset), or null. */
    public Throwable failure() {
        return failure;
    }
}
