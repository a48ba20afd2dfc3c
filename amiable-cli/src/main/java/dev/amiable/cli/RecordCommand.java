package dev.amiable.cli;

import dev.amiable.AmiOptions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable record --out FILE}: logs in and writes every byte the server sends to FILE,
 * banner included, for {@code amiable decode} or a FakeAsterisk replay.
 */
@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Record the raw traffic the server sends, byte for byte, to a file.")
public final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to write the bytes.")
    Path out;

    @Option(names = {"-n", "--count"}, paramLabel = "N", description = "Stop after N events.")
    long count;

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 30s.")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        AmiOptions options = connection.resolve();
        PrintWriter err = spec.commandLine().getErr();
        try (OutputStream file = new BufferedOutputStream(open(out));
             StopSignal stop = new StopSignal();
             RawRecorder rec = new RawRecorder(options, file, stop, count)) {
            rec.start();
            stop.await(duration);
            rec.stop(1000);
            file.flush();
            err.println("amiable: recorded " + rec.bytes() + " bytes, " + rec.events() + " events to " + out);
            err.flush();
        }
        return ExitCodes.OK;
    }

    private static OutputStream open(Path p) {
        try {
            return Files.newOutputStream(p);
        } catch (IOException e) {
            throw new UsageException("cannot write " + p + ": " + e.getMessage());
        }
    }
}
