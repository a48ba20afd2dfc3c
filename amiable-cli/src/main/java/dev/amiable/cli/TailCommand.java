package dev.amiable.cli;

import dev.amiable.AmiClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code amiable tail}: streams events, as lines for people or JSON lines for programs. */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Stream events until Ctrl-C, --count or --duration.")
public final class TailCommand implements Callable<Integer> {
    /** Output forms. */
    enum Format { text, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--format", description = "text (default) or jsonl (one JSON object per event).")
    Format format = Format.text;

    @Option(names = {"-e", "--event"}, paramLabel = "GLOB", description = "Only events whose name matches "
            + "(repeatable, e.g. 'Queue*').")
    List<String> events = new ArrayList<>();

    @Option(names = {"-w", "--where"}, paramLabel = "HEADER=GLOB", description = "Only events with a header "
            + "matching (repeatable, all must match), e.g. Channel=PJSIP/*.")
    List<String> where = new ArrayList<>();

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Stop after N matching events.")
    long count;

    @Option(names = "--mask", paramLabel = "CLASSES", description = "Event classes the server sends: on "
            + "(default) or a list such as call,agent.")
    String mask = "on";

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 10s.")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        EventFilter filter = new EventFilter(events, where);
        if (count < 0) {
            throw new UsageException("--count must not be negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        AtomicLong seen = new AtomicLong();
        try (StopSignal stop = new StopSignal(); AmiClient client = connection.connectQuiet()) {
            stop.watch(client);
            DropNotice.watch(client, spec.commandLine().getErr());
            client.addListener(e -> {
                if (stop.isStopped() || !filter.test(e)) {
                    return;
                }
                out.println(format == Format.jsonl ? Json.event(e) : EventLine.format(e));
                out.flush();
                if (count > 0 && seen.incrementAndGet() >= count) {
                    stop.stop();
                }
            });
            Sessions.ready(client, mask);
            stop.await(duration);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
