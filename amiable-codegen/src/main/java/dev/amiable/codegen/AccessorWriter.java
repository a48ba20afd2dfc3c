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
        String n = Names.accessor(f.header());
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
        out.append("    ").append(inInterface ? "default " : "public ").append(Types.javaType(f.type())).append(' ')
                .append(name(f)).append("() {\n");
        out.append("        return ").append(Types.read(f.type(), Types.literal(f.header()))).append(";\n");
        out.append("    }\n");
    }
}
