package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CLI output for the Command action: scripted text first (matched on the trimmed,
 * case-insensitive command), then built-ins for {@code core show version}, {@code core show uptime}
 * and {@code core show channels} (from the simulated PBX). Thread-safe.
 */
public final class Commands {
    static final String CHANNELS_HEADER = "Channel                                                          "
            + "Location                         State   Application(Data)             ";

    private final Server server;
    private final Map<String, String> scripted = new ConcurrentHashMap<>();

    Commands(Server server, Map<String, String> initial) {
        this.server = server;
        initial.forEach(this::script);
    }

    /** Sets the output of {@code command}; lines split on LF (a CR before it is dropped). */
    public void script(String command, String output) {
        scripted.put(normalise(command), output);
    }

    /** The output lines of {@code command}, or null when it is unknown. */
    List<String> run(String command) {
        String key = normalise(command);
        String text = scripted.get(key);
        if (text != null) {
            return Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        }
        switch (key) {
            case "core show version":
                return List.of("Asterisk " + server.asteriskVersion()
                        + " built by root @ fake-asterisk on a x86_64 running Linux on 2026-11-22 11:52:08 UTC");
            case "core show uptime":
                long now = System.currentTimeMillis();
                return List.of("System uptime: " + duration((now - server.startedMillis()) / 1000),
                        "Last reload: " + duration((now - server.reloadedMillis()) / 1000));
            case "core show channels":
                return channels();
            default:
                return null;
        }
    }

    private List<String> channels() {
        List<String> out = new ArrayList<>();
        out.add(CHANNELS_HEADER);
        out.addAll(server.pbx().channelLines());
        int n = server.pbx().channelCount();
        int calls = server.pbx().activeCalls();
        out.add(n + " active channel" + (n == 1 ? "" : "s"));
        out.add(calls + " active call" + (calls == 1 ? "" : "s"));
        long done = server.pbx().callsProcessed();
        out.add(done + " call" + (done == 1 ? "" : "s") + " processed");
        return out;
    }

    /**
     * Asterisk's answer to an unknown command. The suggested help prefix is the command without
     * its last word (Asterisk stops at the first word that matches nothing, which a fake cannot know).
     */
    static String noSuchCommand(String command) {
        String c = command.trim();
        int sp = c.lastIndexOf(' ');
        String prefix = sp > 0 ? c.substring(0, sp).trim() : c;
        return "No such command '" + c + "' (type 'core show help " + prefix + "' for other possible commands)";
    }

    /** Asterisk's uptime wording, e.g. {@code 1 minute, 46 seconds}. */
    static String duration(long seconds) {
        long[] sizes = {365L * 86400, 7L * 86400, 86400, 3600, 60, 1};
        String[] names = {"year", "week", "day", "hour", "minute", "second"};
        StringBuilder sb = new StringBuilder();
        long left = seconds;
        for (int i = 0; i < sizes.length; i++) {
            long n = left / sizes[i];
            left %= sizes[i];
            if (n > 0) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(n).append(' ').append(names[i]).append(n == 1 ? "" : "s");
            }
        }
        return sb.length() == 0 ? "0 seconds" : sb.toString();
    }

    private static String normalise(String command) {
        return command.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
