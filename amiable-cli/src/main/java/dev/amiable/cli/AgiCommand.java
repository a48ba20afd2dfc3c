package dev.amiable.cli;

import dev.amiable.agi.AgiScript;
import dev.amiable.agi.AgiServer;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable agi}: a FastAGI server running one {@link AgiScript} class from the class path
 * (plus {@code --classpath}) for every request matching {@code --path}, until Ctrl-C or
 * {@code --duration}. The class is loaded and instantiated once, at start, so a bad name or a
 * failing constructor is a usage error (exit 2) before anything listens; that one instance serves
 * every session, so it must be thread-safe.
 */
@Command(name = "agi", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve an AgiScript class over FastAGI (Asterisk: AGI(agi://host:port/path)).")
public final class AgiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, description = "Port to listen on (default 4573; 0 picks a free one).")
    int port = 4573;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: all).")
    String bind;

    @Option(names = "--script", required = true, paramLabel = "CLASS",
            description = "A class implementing dev.amiable.agi.AgiScript, with a public no-argument constructor.")
    String script;

    @Option(names = "--classpath", paramLabel = "PATH", split = ":|;",
            description = "Directories or jars to load the script from, besides amiable's own class path.")
    List<Path> classpath = new ArrayList<>();

    @Option(names = "--path", paramLabel = "PATTERN", description = "Request paths served (default *: all).")
    String path = "*";

    @Option(names = "--shutdown-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "On Ctrl-C, how long running scripts may finish before they are hung up (default 10s).")
    Duration shutdownTimeout = Duration.ofSeconds(10);

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: until Ctrl-C).")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        AgiScript instance = load();
        AgiServer.Builder b = AgiServer.builder().port(port).route(path, instance).shutdownTimeout(shutdownTimeout);
        if (bind != null) {
            b.bindAddress(InetAddress.getByName(bind));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (StopSignal stop = new StopSignal(); AgiServer server = b.build().start()) {
            out.println("amiable agi: listening on port " + server.port() + ", " + path + " -> " + script + " ("
                    + (server.usesVirtualThreads() ? "virtual threads" : "pool of 200 threads") + ")");
            out.flush();
            stop.await(duration);
            out.println("amiable agi: stopping; " + server.activeSessions() + " session(s) running");
            out.flush();
        }
        return ExitCodes.OK;
    }

    private AgiScript load() {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            if (!Files.exists(p)) {
                throw new UsageException("--classpath entry not found: " + p);
            }
            try {
                urls.add(p.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UsageException("--classpath entry unusable: " + p);
            }
        }
        ClassLoader loader = urls.isEmpty() ? getClass().getClassLoader()
                : new URLClassLoader(urls.toArray(new URL[0]), getClass().getClassLoader());
        Class<?> cls;
        try {
            cls = Class.forName(script, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new UsageException("cannot load script class " + script + ": " + e);
        }
        if (!AgiScript.class.isAssignableFrom(cls)) {
            throw new UsageException(script + " does not implement " + AgiScript.class.getName());
        }
        try {
            return (AgiScript) cls.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new UsageException(script + " has no public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new UsageException("the constructor of " + script + " failed: " + e.getCause().getClass().getName());
        } catch (ReflectiveOperationException e) {
            throw new UsageException("cannot create " + script + ": " + e.getClass().getSimpleName());
        }
    }
}
