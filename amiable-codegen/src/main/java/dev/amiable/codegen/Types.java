package dev.amiable.codegen;

import java.util.Set;

/** How a catalogue field type becomes a Java return type, an accessor body and a sentence of Javadoc. */
final class Types {
    private Types() {
    }

    /** The Java type returned by the accessor. */
    static String javaType(String type) {
        if (type.startsWith("enum:")) {
            return type.substring(5);
        }
        return switch (type) {
            case "string", "urlencoded" -> "String";
            case "int" -> "int";
            case "long", "hex" -> "long";
            case "decimal" -> "double";
            case "boolean" -> "boolean";
            case "duration" -> "Duration";
            case "instant" -> "Instant";
            case "datetime" -> "LocalDateTime";
            case "address" -> "AmiAddress";
            case "peerStatus" -> "PeerStatus";
            case "variables" -> "Map<String, String>";
            default -> throw new IllegalArgumentException("unknown field type " + type);
        };
    }

    /** The expression that reads header {@code h} (a Java string literal) as {@code type}. */
    static String read(String type, String h) {
        if (type.startsWith("enum:")) {
            return type.substring(5) + ".of(get(" + h + "))";
        }
        return switch (type) {
            case "string" -> "get(" + h + ")";
            case "int" -> "getInt(" + h + ")";
            case "long" -> "getLong(" + h + ")";
            case "hex" -> "EventValues.hex(get(" + h + "))";
            case "urlencoded" -> "EventValues.urlDecoded(get(" + h + "))";
            case "decimal" -> "getDecimal(" + h + ")";
            case "boolean" -> "getBoolean(" + h + ")";
            case "duration" -> "getDuration(" + h + ")";
            case "instant" -> "getInstant(" + h + ")";
            case "datetime" -> "EventValues.localDateTime(get(" + h + "))";
            case "address" -> "getAddress(" + h + ")";
            case "peerStatus" -> "getPeerStatus(" + h + ")";
            case "variables" -> "getVariables(" + h + ")";
            default -> throw new IllegalArgumentException("unknown field type " + type);
        };
    }

    /** What the accessor gives when the header is absent or malformed, as a sentence. */
    static String fallback(String type) {
        if (type.startsWith("enum:")) {
            return "Unrecognised or absent values give {@code " + type.substring(5) + ".UNKNOWN}.";
        }
        return switch (type) {
            case "string" -> "Null when absent.";
            case "int", "long" -> "-1 when absent or not a whole number.";
            case "hex" -> "Read from hexadecimal with {@code 0x} (as Asterisk 12 and later send it) or from"
                    + " decimal (as older versions do); -1 when absent or malformed.";
            case "urlencoded" -> "Sent URL-encoded; returned decoded (a malformed escape is kept as sent)."
                    + " Null when absent; {@code get(...)} gives the text as sent.";
            case "decimal" -> "{@code NaN} when absent or not a number.";
            case "boolean" -> "True for {@code Yes}, {@code true} or {@code 1}; false otherwise, including absent.";
            case "duration" -> "Read from seconds or {@code hh:mm:ss}; null when absent or malformed.";
            case "instant" -> "Read from epoch seconds or Asterisk's event time; null when absent or malformed.";
            case "datetime" -> "The server's local time ({@code yyyy-MM-dd HH:mm:ss}), no zone given;"
                    + " null when absent, empty or malformed.";
            case "address" -> "Null when absent or malformed.";
            case "peerStatus" -> "Status word and round-trip time; null when absent.";
            case "variables" -> "Name to value, read from the {@code Name: var=value} lines (or, when there is"
                    + " none, the {@code Name(channel): var=value} lines of the first channel named: channels are"
                    + " never merged); empty when there is none.";
            default -> "";
        };
    }

    /** Imports the Java type needs. */
    static Set<String> imports(String type) {
        return switch (type) {
            case "duration" -> Set.of("java.time.Duration");
            case "instant" -> Set.of("java.time.Instant");
            case "datetime" -> Set.of("java.time.LocalDateTime");
            case "address" -> Set.of("dev.amiable.AmiAddress");
            case "peerStatus" -> Set.of("dev.amiable.PeerStatus");
            case "variables" -> Set.of("java.util.Map");
            default -> Set.of();
        };
    }

    /** The accessor's return type for the per-channel form of a {@code variables} header. */
    static final String PER_CHANNEL = "Map<String, Map<String, String>>";

    /** Whether the accessor converts the text (so the class javadoc mentions {@code get}). */
    static boolean typed(String type) {
        return !type.equals("string");
    }

    /** A Java string literal. */
    static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
