package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Field;
import java.util.ArrayList;
import java.util.List;

/** Writes one typed accessor, for event classes ({@code public}) and group interfaces ({@code default}). */
final class AccessorWriter {
    private AccessorWriter() {
    }

    /** The accessor's name: the catalogue's override, else derived from the header. */
    static String name(Field f) {
        if (f.accessor() != null) {
            return f.accessor();
        }
        String header = f.indexed() != null ? unindexed(f) : f.header();
        String n = Names.accessor(header);
        return f.type().equals("variables") ? n + "s" : n;
    }

    static void write(SourceFile file, Field f, boolean inInterface) {
        file.importsAll(Types.imports(f.type()));
        List<String> doc = new ArrayList<>();
        boolean documented = f.doc() != null && !f.doc().isBlank();
        String first = documented ? f.doc() : "The " + Javadoc.code(f.header()) + " header.";
        StringBuilder para = new StringBuilder(first);
        if (documented && !f.type().equals("variables")) {
            para.append(" Header ").append(Javadoc.code(f.header())).append('.');
        }
        if (f.indexed() != null) {
            para.append(" {@code X} is {@code block}, counted from 0 (see {@code ReportCount}).");
        }
        if (f.aliases() != null && !f.aliases().isEmpty()) {
            para.append(" When it is absent, read from ").append(Javadoc.codes(f.aliases()))
                    .append(" as older Asterisk versions send it.");
        }
        para.append(' ').append(Types.fallback(f.type()));
        if (f.values() != null && !f.values().isEmpty() && !f.type().startsWith("enum:")) {
            para.append(" Values Asterisk documents: ").append(Javadoc.codes(f.values())).append('.');
        }
        if (f.wireObserved()) {
            para.append(" Seen in real traffic though not in Asterisk's documentation.");
        }
        doc.add(para.toString());
        StringBuilder out = file.body;
        out.append('\n');
        Javadoc.write(out, "    ", doc);
        String mod = inInterface ? "default " : "public ";
        out.append("    ").append(mod).append(Types.javaType(f.type())).append(' ').append(name(f))
                .append(f.indexed() != null ? "(int block) {\n" : "() {\n");
        out.append("        return ").append(Types.read(f.type(), key(f))).append(";\n");
        out.append("    }\n");
        if (f.perChannel()) {
            file.imports("java.util.Map");
            out.append('\n');
            Javadoc.write(out, "    ", "The " + Javadoc.code(f.header() + "(channel): var=value") + " lines, one map"
                    + " of name to value per channel, channels in the order first named (Asterisk 1.8 to 11"
                    + " events, and OriginateResponse, name the channel inside the header). Empty when there"
                    + " is none.");
            out.append("    ").append(mod).append(Types.PER_CHANNEL).append(' ').append(name(f))
                    .append("ByChannel() {\n");
            out.append("        return getChannelVariables(").append(Types.literal(f.header())).append(");\n");
            out.append("    }\n");
        }
    }

    /** The Java expression of the header name the accessor reads. */
    private static String key(Field f) {
        if (f.indexed() != null) {
            String rest = f.header().substring(f.indexed().length() + 1);
            return Types.literal(f.indexed()) + " + block + " + Types.literal(rest);
        }
        if (f.aliases() == null || f.aliases().isEmpty()) {
            return Types.literal(f.header());
        }
        StringBuilder sb = new StringBuilder("EventValues.present(this, ").append(Types.literal(f.header()));
        for (String a : f.aliases()) {
            sb.append(", ").append(Types.literal(a));
        }
        return sb.append(')').toString();
    }

    /** The header without its index placeholder: {@code ReportXLSR} gives {@code ReportLSR}. */
    private static String unindexed(Field f) {
        String h = f.header();
        if (!h.startsWith(f.indexed()) || h.length() <= f.indexed().length()
                || h.charAt(f.indexed().length()) != 'X') {
            throw new IllegalStateException(h + ": an indexed header has X right after " + f.indexed());
        }
        return f.indexed() + h.substring(f.indexed().length() + 1);
    }
}
