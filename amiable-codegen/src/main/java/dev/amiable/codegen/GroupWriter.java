package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Group;
import java.util.List;

/** Writes the shared header groups as interfaces, and their base {@code HeaderAccess}. */
final class GroupWriter {
    private GroupWriter() {
    }

    static String write(Group g) {
        SourceFile f = new SourceFile(Generate.EVENT_PKG);
        StringBuilder out = f.body;
        String what = switch (g.kind()) {
            case "channel" -> g.prefix().isEmpty()
                    ? "The state of a channel at the time of the event (name, state, caller ID, dialplan location,"
                            + " identifiers), as Asterisk attaches it to many events."
                    : "The state of the " + Javadoc.code(g.prefix()) + " channel at the time of the event: the"
                            + " channel snapshot with every header prefixed by " + Javadoc.code(g.prefix()) + ".";
            case "bridge" -> g.prefix().isEmpty()
                    ? "The state of a bridge at the time of the event (identifier, type, technology, channel count)."
                    : "The state of the " + Javadoc.code(g.prefix()) + " bridge: the bridge snapshot with every"
                            + " header prefixed by " + Javadoc.code(g.prefix()) + ".";
            case "security" -> "The headers every security event carries: when, how severe, which service,"
                    + " account and session, and the addresses on both ends.";
            case "shared" -> g.summary();
            default -> "The headers that describe a queue member in the live QueueMember* events.";
        };
        Javadoc.write(out, "", List.of(what,
                "Events carrying these headers implement this interface, so one listener can handle them all:"
                        + " {@code if (event instanceof " + g.name() + " s) ...}."));
        out.append("public interface ").append(g.name()).append(" extends HeaderAccess {\n");
        for (var field : g.fields()) {
            AccessorWriter.write(f, field, true);
        }
        out.append("}\n");
        return f.toString();
    }

    static String headerAccess() {
        SourceFile f = new SourceFile(Generate.EVENT_PKG);
        f.imports("dev.amiable.AmiAddress").imports("dev.amiable.PeerStatus").imports("java.time.Duration")
                .imports("java.time.Instant").imports("java.util.Map");
        StringBuilder out = f.body;
        Javadoc.write(out, "", List.of("The header readers of {@link dev.amiable.AmiMessage}, as an interface, so that"
                + " the generated header groups ({@link ChannelSnapshot}, {@link BridgeSnapshot}, ...) can offer"
                + " typed default methods. Every event already implements these methods; the rules for absent"
                + " and malformed values are those of {@link dev.amiable.AmiMessage}."));
        out.append("public interface HeaderAccess {\n");
        String[][] m = {
            {"String", "get", "The first value of the header, null when absent."},
            {"int", "getInt", "The header as a whole number, -1 when absent or malformed."},
            {"long", "getLong", "The header as a whole number, -1 when absent or malformed."},
            {"double", "getDecimal", "The header as a decimal number, NaN when absent or malformed."},
            {"boolean", "getBoolean", "The header as a yes/no flag, false when absent."},
            {"Duration", "getDuration", "The header as a duration, null when absent or malformed."},
            {"Instant", "getInstant", "The header as a point in time, null when absent or malformed."},
            {"AmiAddress", "getAddress", "The header as an address, null when absent or malformed."},
            {"PeerStatus", "getPeerStatus", "The header as a qualify status, null when absent."},
            {"Map<String, String>", "getVariables", "The {@code name=value} pairs of this header, of one channel at most."},
            {"Map<String, Map<String, String>>", "getChannelVariables",
                "The {@code name=value} pairs of the {@code key(channel)} lines, one map per channel."},
        };
        for (String[] x : m) {
            out.append('\n');
            Javadoc.write(out, "    ", x[2]);
            out.append("    ").append(x[0]).append(' ').append(x[1]).append("(String key);\n");
        }
        out.append("}\n");
        return f.toString();
    }
}
