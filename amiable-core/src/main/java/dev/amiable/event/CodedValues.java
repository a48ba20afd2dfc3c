package dev.amiable.event;

/**
 * Lookups shared by the generated enums: by numeric code, and by wire text, constant name or
 * number. Nothing here throws; the caller's fallback ({@code UNKNOWN}) stands for anything unknown.
 */
final class CodedValues {
    /** What every generated enum offers. */
    interface Coded {
        int code();

        String wire();

        String name();
    }

    private CodedValues() {
    }

    static <E extends Coded> E byCode(E[] values, int code, E fallback) {
        for (E v : values) {
            if (v.code() == code) {
                return v;
            }
        }
        return fallback;
    }

    static <E extends Coded> E byText(E[] values, String text, E fallback) {
        if (text == null) {
            return fallback;
        }
        String t = text.trim();
        for (E v : values) {
            if (v.wire().equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)) {
                return v;
            }
        }
        try {
            return byCode(values, Integer.parseInt(t), fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
