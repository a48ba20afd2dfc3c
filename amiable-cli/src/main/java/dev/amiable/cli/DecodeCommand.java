package dev.amiable.cli;

import dev.amiable.AmiProtocolException;
import dev.amiable.AmiResponse;
import dev.amiable.event.AmiEvent;
import dev.amiable.event.EventRegistry;
import dev.amiable.internal.codec.DecoderLimits;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.FrameDecoder;
import dev.amiable.internal.codec.FrameSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amiable decode FILE}: parses recorded AMI traffic offline, printing every message as
 * JSON or, with {@code --stats}, a count of events by name.
 */
@Command(name = "decode", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decode a recorded AMI stream (e.g. from 'amiable record') offline.")
public final class DecodeCommand implements Callable<Integer> {
    /** Output forms. */
    enum Format { text, jsonl, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recorded bytes ('-' for standard input).")
    String file;

    @Option(names = "--stats", description = "Print event counts instead of the messages.")
    boolean stats;

    @Option(names = "--format", description = "Messages: jsonl (default) or text. "
            + "Stats: text table (default) or json.")
    Format format;

    @Option(names = "--strict", description = "Exit 7 when the stream holds decode errors.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format f = format != null ? format : stats ? Format.text : Format.jsonl;
        if (!stats && f == Format.json) {
            throw new UsageException("--format json goes with --stats; use jsonl for messages");
        }
        if (stats && f == Format.jsonl) {
            f = Format.json;
        }
        byte[] data = read();
        DecodeStats st = new DecodeStats();
        Format form = f;
        FrameDecoder.decodeAll(data, DecoderLimits.DEFAULT, new FrameSink() {
            @Override
            public void onFrame(Frame frame) {
                if (frame.size() > 0 && frame.keyIs(0, "Event")) {
                    AmiEvent e = EventRegistry.global().decode(frame);
                    st.event(e);
                    print(out, form, Json.event(e), frame);
                } else if (frame.size() > 0 && frame.keyIs(0, "Response")) {
                    st.response();
                    print(out, form, Json.message(new AmiResponse(frame), "AmiResponse"), frame);
                } else {
                    st.other();
                    print(out, form, other(frame), frame);
                }
            }

            @Override
            public void onBanner(String banner) {
                st.banner();
                if (!stats) {
                    out.println(form == Format.jsonl ? "{\"_banner\":" + Json.quote(banner) + "}" : banner + "\n");
                }
            }

            @Override
            public void onError(AmiProtocolException error) {
                st.error(error.getMessage());
                if (!stats) {
                    err.println("amiable: decode error: " + error.getMessage());
                }
            }
        });
        if (stats) {
            if (f == Format.json) {
                st.printJson(out);
            } else {
                st.printTable(out);
            }
        }
        out.flush();
        if (strict && st.errorCount() > 0) {
            throw new AmiProtocolException(st.errorCount() + " decode error(s) in " + file);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Format form, String json, Frame frame) {
        if (stats) {
            return;
        }
        if (form == Format.jsonl) {
            out.println(json);
        } else {
            out.println(frame);
        }
    }

    private static String other(Frame frame) {
        List<String> keys = new ArrayList<>(frame.size());
        List<String> values = new ArrayList<>(frame.size());
        for (int i = 0; i < frame.size(); i++) {
            keys.add(frame.key(i));
            values.add(frame.value(i));
        }
        return Json.object(keys, values, "AmiMessage");
    }

    private byte[] read() throws IOException {
        if (file.equals("-")) {
            return System.in.readAllBytes();
        }
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
    }
}
