package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.EnumDef;
import dev.amiable.codegen.Catalogue.EnumValue;
import java.util.List;

/** Writes a catalogue enum with {@code of(String)}, {@code of(int)}, {@code code()} and {@code wire()}. */
final class EnumWriter {
    private EnumWriter() {
    }

    static String write(EnumDef e) {
        SourceFile f = new SourceFile(Generate.EVENT_PKG);
        StringBuilder out = f.body;
        Javadoc.write(out, "", List.of(e.summary(),
                "{@link #of(String)} accepts the wire text or the number; anything it does not know gives"
                        + " {@link #UNKNOWN}, and the event's {@code get(header)} still returns the text as sent."));
        out.append("public enum ").append(e.name()).append(" implements CodedValues.Coded {\n");
        for (int i = 0; i < e.values().size(); i++) {
            EnumValue v = e.values().get(i);
            Javadoc.write(out, "    ", "Code " + v.code() + ", text " + Javadoc.code(v.wire()) + ".");
            out.append("    ").append(v.constant()).append('(').append(v.code()).append(", ")
                    .append(Types.literal(v.wire())).append(')').append(i + 1 < e.values().size() ? ",\n" : ";\n");
        }
        String n = e.name();
        out.append("\n    private static final ").append(n).append("[] VALUES = values();\n\n");
        out.append("    private final int code;\n    private final String wire;\n\n");
        out.append("    ").append(n).append("(int code, String wire) {\n        this.code = code;\n")
                .append("        this.wire = wire;\n    }\n\n");
        out.append("    /** The numeric code. */\n    @Override\n    public int code() {\n        return code;\n    }\n\n");
        out.append("    /** The text Asterisk uses for this value. */\n    @Override\n    public String wire() {\n        return wire;\n    }\n\n");
        out.append("    /** The constant with this code, or {@link #UNKNOWN}. */\n");
        out.append("    public static ").append(n).append(" of(int code) {\n");
        out.append("        return CodedValues.byCode(VALUES, code, UNKNOWN);\n    }\n\n");
        out.append("    /** The constant for a wire text, a constant name or a number (any case, spaces trimmed);"
                + " {@link #UNKNOWN} for null or anything else. */\n");
        out.append("    public static ").append(n).append(" of(String text) {\n");
        out.append("        return CodedValues.byText(VALUES, text, UNKNOWN);\n    }\n");
        out.append("}\n");
        return f.toString();
    }
}
