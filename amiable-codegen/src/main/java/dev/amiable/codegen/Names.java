package dev.amiable.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names for AMI names: classes, accessors and builder methods. */
final class Names {
    private Names() {
    }

    /** Java keywords and literals that cannot be method names. */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

    /** Methods of AmiMessage, AmiEvent and Object that an event accessor must not shadow or overload. */
    private static final Set<String> EVENT_RESERVED = Set.of("name", "get", "getAll", "has", "size", "key",
            "value", "headers", "info", "actionId", "privilege", "timestamp", "toString", "hashCode", "equals",
            "getClass", "frame", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Methods of AmiAction.Builder that a builder method must not shadow. */
    private static final Set<String> BUILDER_RESERVED = Set.of("actionId", "header", "build", "set", "add",
            "addVariable", "require", "self", "remove", "buildList", "getClass", "hashCode", "equals", "toString");

    /** The class for an event: {@code Hangup} gives {@code HangupEvent}, {@code AOC-D} gives {@code AocDEvent}. */
    static String eventClass(String wireName) {
        String base = identifier(wireName);
        return base.endsWith("Event") ? base : base + "Event";
    }

    /** The class for an action: {@code Originate} gives {@code OriginateAction}. */
    static String actionClass(String name) {
        return identifier(name) + "Action";
    }

    /** An upper-camel identifier; parts split by non-identifier characters have their case normalised. */
    private static String identifier(String name) {
        if (name.chars().allMatch(Character::isJavaIdentifierPart)) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** The event accessor for a header: {@code CallerIDNum} gives {@code callerIdNum}. */
    static String accessor(String header) {
        String m = lowerCamel(header);
        return KEYWORDS.contains(m) || EVENT_RESERVED.contains(m) ? m + "Header" : m;
    }

    /** The builder method for a parameter. */
    static String builderMethod(String param) {
        String m = lowerCamel(param);
        return KEYWORDS.contains(m) || BUILDER_RESERVED.contains(m) ? m + "Value" : m;
    }

    /** A Java parameter name for a builder method. */
    static String parameter(String name) {
        String m = lowerCamel(name);
        return KEYWORDS.contains(m) ? m + "Value" : m;
    }

    /**
     * Lower camel case: words are split at separators and case changes; a run of capitals counts
     * as one word ({@code CallerIDNum}: caller, id, num; {@code IPaddress}: ip, address;
     * {@code Cause-txt}: cause, txt).
     */
    static String lowerCamel(String name) {
        List<String> words = words(name);
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (sb.length() == 0) {
                sb.append(lower);
            } else {
                sb.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
            }
        }
        if (sb.length() == 0 || !Character.isJavaIdentifierStart(sb.charAt(0))) {
            sb.insert(0, 'h');
        }
        return sb.toString();
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int n = name.length();
        int i = 0;
        while (i < n) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isUpperCase(c)) {
                int j = i + 1;
                while (j < n && Character.isUpperCase(name.charAt(j))) {
                    j++;
                }
                if (j - i > 1) {
                    // run of capitals: the last one starts the next word when a lower-case letter
                    // follows (CallerIDName: ID, Name), except after a two-letter run, which is
                    // read as an acronym (IPaddress: IP, address; CallerIDnum: ID, num)
                    if (j < n && Character.isLowerCase(name.charAt(j)) && j - i > 2) {
                        j--;
                    }
                    out.add(name.substring(i, j));
                    i = j;
                    continue;
                }
                i = j;
            }
            while (i < n && (Character.isLowerCase(name.charAt(i)) || Character.isDigit(name.charAt(i)))) {
                i++;
            }
            if (i == start) {
                i++;
            }
            out.add(name.substring(start, i));
        }
        return out;
    }
}
