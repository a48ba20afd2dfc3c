package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Action;
import dev.amiable.codegen.Catalogue.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes one {@code <Name>Action} class with its {@code INFO} and builder. */
final class ActionWriter {
    private ActionWriter() {
    }

    static String className(Action a) {
        return Names.actionClass(a.name());
    }

    /** The list item class: the single item event's class, {@code AmiEvent} when items mix types. */
    static String itemClass(Action a) {
        return a.listItems().size() == 1 ? Names.eventClass(a.listItems().get(0)) : "AmiEvent";
    }

    static boolean isList(Action a) {
        return a.listComplete() != null && !a.listItems().isEmpty();
    }

    static List<String> required(Action a) {
        List<String> out = new ArrayList<>();
        for (Param p : a.params()) {
            if (p.required() && p.indexed() == null && !p.type().equals("variable")) {
                out.add(p.name());
            }
        }
        return out;
    }

    static String write(Action a, Map<String, String> eventClassByName) {
        String cls = className(a);
        SourceFile f = new SourceFile(Generate.ACTION_PKG);
        f.imports("java.util.List");
        StringBuilder out = f.body;
        boolean list = isList(a);
        String item = list ? itemClass(a) : null;
        if (list) {
            for (String i : a.listItems()) {
                if (!eventClassByName.containsKey(i)) {
                    throw new IllegalStateException(a.name() + ": list item " + i + " has no event class");
                }
            }
            f.imports(Generate.EVENT_PKG + "." + item);
        }
        Javadoc.write(out, "", ActionDocs.classDoc(a));
        out.append("public final class ").append(cls).append(" extends ")
                .append(list ? "ListAction<" + item + ">" : "AmiAction").append(" {\n\n");
        Javadoc.write(out, "    ", "Catalogue facts about the " + Javadoc.code(a.name()) + " action.");
        out.append("    public static final ActionInfo INFO = new ActionInfo(").append(Types.literal(a.name()))
                .append(", ").append(EventWriter.list(a.since())).append(",\n            ")
                .append(EventWriter.list(a.privilege())).append(", ").append(EventWriter.list(required(a)))
                .append(",\n            ").append(EventWriter.list(a.listItems())).append(", ")
                .append(a.listComplete() == null ? "null" : Types.literal(a.listComplete())).append(");\n\n");
        out.append("    private ").append(cls).append("(Builder b) {\n");
        if (list) {
            out.append("        super(b, ").append(item).append(".class, ").append(Types.literal(a.listComplete()))
                    .append(");\n");
        } else {
            out.append("        super(b);\n");
        }
        out.append("    }\n\n");
        if (required(a).isEmpty()) {
            Javadoc.write(out, "    ", "The action with no optional headers set.");
            out.append("    public ").append(cls).append("() {\n        this(new Builder());\n    }\n\n");
        }
        Javadoc.write(out, "    ", "A builder; {@code build()} checks that the required headers are set.");
        out.append("    public static Builder builder() {\n        return new Builder();\n    }\n\n");
        Javadoc.write(out, "    ", "Builds " + Javadoc.code(a.name()) + " actions. Each method sets one header;"
                + " a null value removes it.");
        out.append("    public static final class Builder extends AmiAction.Builder<Builder, ").append(cls).append("> {\n");
        out.append("        Builder() {\n            super(").append(Types.literal(a.name())).append(");\n        }\n");
        for (Param p : a.params()) {
            writeParam(out, p);
        }
        out.append('\n');
        Javadoc.write(out, "        ", "The action; throws {@link dev.amiable.InvalidActionException} if a"
                + " required header is missing.");
        out.append("        @Override\n        public ").append(cls).append(" build() {\n");
        List<String> req = required(a);
        if (!req.isEmpty()) {
            out.append("            require(");
            for (int i = 0; i < req.size(); i++) {
                out.append(i > 0 ? ", " : "").append(Types.literal(req.get(i)));
            }
            out.append(");\n");
        }
        out.append("            return new ").append(cls).append("(this);\n        }\n    }\n}\n");
        return f.toString();
    }

    private static void writeParam(StringBuilder out, Param p) {
        out.append('\n');
        String doc = p.doc() != null ? p.doc() : "Sets the " + Javadoc.code(p.name()) + " header.";
        StringBuilder d = new StringBuilder(doc);
        if (p.required()) {
            d.append(" Required.");
        }
        if (p.values() != null && !p.values().isEmpty()) {
            d.append(" Values Asterisk documents: ").append(Javadoc.codes(p.values())).append('.');
        }
        if (p.defaultValue() != null) {
            d.append(" Asterisk's default: ").append(Javadoc.code(p.defaultValue())).append('.');
        }
        if (p.indexed() != null) {
            String stem = p.stem();
            String method = Names.builderMethod(stem);
            String key = p.indexed().equals("dash6")
                    ? "String.format(\"" + stem + "-%06d\", index)"
                    : "\"" + stem + "(\" + index + \")\"";
            d.append(" The header is numbered: ").append(p.indexed().equals("dash6")
                    ? Javadoc.code(stem + "-000000") + ", " + Javadoc.code(stem + "-000001") + ", ..."
                    : Javadoc.code(stem + "(0)") + ", " + Javadoc.code(stem + "(1)") + ", ...").append('.');
            Javadoc.write(out, "        ", d.toString());
            out.append("        public Builder ").append(method).append("(int index, String value) {\n")
                    .append("            return set(").append(key).append(", value);\n        }\n");
            return;
        }
        String method = Names.builderMethod(p.name());
        String arg = Names.parameter(p.name());
        String key = Types.literal(p.name());
        switch (p.type()) {
            case "variable" -> {
                Javadoc.write(out, "        ", "Adds a " + Javadoc.code(p.name() + ": name=value")
                        + " header; call once per variable.");
                out.append("        public Builder variable(String name, String value) {\n")
                        .append("            return addVariable(").append(key).append(", name, value);\n        }\n");
            }
            case "int", "long", "boolean" -> {
                Javadoc.write(out, "        ", d.toString());
                out.append("        public Builder ").append(method).append('(').append(p.type()).append(' ')
                        .append(arg).append(") {\n            return set(").append(key).append(", ").append(arg)
                        .append(");\n        }\n");
            }
            default -> {
                Javadoc.write(out, "        ", d.toString());
                out.append("        public Builder ").append(method).append("(String ").append(arg)
                        .append(") {\n            return set(").append(key).append(", ").append(arg)
                        .append(");\n        }\n");
            }
        }
    }
}
