package dev.amiable;

/**
 * A network address as AMI writes it: {@code IPV4/TCP/127.0.0.1/5038}, {@code 10.0.0.5:5060},
 * {@code [2001:db8::1]:5060} or a bare host.
 *
 * @param transport for the slash form, e.g. {@code IPV4/TCP}; otherwise null
 * @param host      the host or IP literal, without brackets
 * @param port      the port, or -1 when none is given
 */
public record AmiAddress(String transport, String host, int port) {

    /** Parses any of the forms above; null for null, empty or unparseable text. */
    public static AmiAddress parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty() || t.equals("(null)")) {
            return null;
        }
        if (t.indexOf('/') >= 0) {
            String[] p = t.split("/");
            if (p.length == 4) {
                return new AmiAddress(p[0] + "/" + p[1], p[2], port(p[3]));
            }
            if (p.length == 3) {
                return new AmiAddress(p[0] + "/" + p[1], p[2], -1);
            }
            return null;
        }
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                return null;
            }
            String host = t.substring(1, close);
            String rest = t.substring(close + 1);
            return new AmiAddress(null, host, rest.startsWith(":") ? port(rest.substring(1)) : -1);
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon == t.lastIndexOf(':')) {
            return new AmiAddress(null, t.substring(0, colon), port(t.substring(colon + 1)));
        }
        return new AmiAddress(null, t, -1);
    }

    private static int port(String p) {
        try {
            int v = Integer.parseInt(p.trim());
            return v >= 0 && v <= 65535 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
