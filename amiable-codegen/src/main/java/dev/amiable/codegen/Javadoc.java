package dev.amiable.codegen;

import java.util.ArrayList;
import java.util.List;

/** Builds Javadoc comments: wraps text and escapes values taken from the catalogue. */
final class Javadoc {
    static final int WIDTH = 100;

    private Javadoc() {
    }

    /** Escapes raw catalogue text (enum values, names) so it is safe inside a comment. */
    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }

    /** {@code {@code value}} with the value escaped. */
    static String code(String s) {
        if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0 || s.indexOf('@') >= 0) {
            return "<code>" + text(s) + "</code>";
        }
        return "{@code " + text(s).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") + "}";
    }

    /** A comma-separated list of code-formatted values. */
    static String codes(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(code(v));
        }
        return sb.toString();
    }

    /**
     * A comment at {@code indent}, one paragraph per element, each wrapped; paragraphs after the
     * first get {@code <p>}. A paragraph starting with {@code <ul>} or {@code @} is kept as is.
     */
    static void write(StringBuilder out, String indent, List<String> paragraphs) {
        out.append(indent).append("/**\n");
        boolean first = true;
        for (String p : paragraphs) {
            if (p == null || p.isBlank()) {
                continue;
            }
            if (!first) {
                out.append(indent).append(" *\n");
            }
            String text = first || p.startsWith("<ul>") || p.startsWith("@") ? p : "<p>" + p;
            wrap(out, indent + " * ", text);
            first = false;
        }
        out.append(indent).append(" */\n");
    }

    /** A one-paragraph comment. */
    static void write(StringBuilder out, String indent, String paragraph) {
        write(out, indent, List.of(paragraph));
    }

    private static void wrap(StringBuilder out, String prefix, String text) {
        int width = WIDTH - prefix.length();
        StringBuilder line = new StringBuilder();
        for (String word : words(text.replace("<li>", " \n<li>").replace("</ul>", " \n</ul>"))) {
            boolean breakBefore = word.startsWith("\n");
            if (breakBefore) {
                word = word.substring(1);
            }
            if (line.length() > 0 && (breakBefore || line.length() + 1 + word.length() > width)) {
                out.append(prefix).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(prefix).append(line).append('\n');
        }
    }

    /** Splits at spaces, keeping inline tags such as {@code {@code a b}} in one piece. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            if (c == ' ' && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
