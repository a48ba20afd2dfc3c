package dev.amiable.agi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code agi_*} environment Asterisk sends when a session starts, typed. Immutable.
 *
 * <p>Values read from Asterisk never throw: text accessors return null when the variable is
 * absent, and also when Asterisk wrote {@code unknown} for a caller id, DNID or RDNIS it does not
 * have; numbers are -1 when absent or malformed. {@link #get(String)} gives any variable raw.
 * The query of {@code agi://host/path?query} is decoded ({@code %xx}, {@code +}) into
 * {@link #param(String)}; {@code agi_arg_1…N} (the AGI() arguments after the URL) into {@link #args()}.
 */
public final class AgiRequest {
    private final Map<String, String> env;
    private final String path;
    private final Map<String, List<String>> params;
    private final List<String> args;

    private AgiRequest(Map<String, String> env) {
        this.env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
        String request = env.getOrDefault("agi_request", "");
        String script = request.startsWith("agi://") || request.startsWith("hagi://") ? afterHost(request)
                : request.equals("async") ? "/" : env.getOrDefault("agi_network_script", request);
        int q = script.indexOf('?');
        String p = q < 0 ? script : script.substring(0, q);
        this.path = p.startsWith("/") ? p : "/" + p;
        this.params = query(q < 0 ? "" : script.substring(q + 1));
        List<String> a = new ArrayList<>();
        for (int i = 1; env.containsKey("agi_arg_" + i); i++) {
            a.add(env.get("agi_arg_" + i));
        }
        this.args = List.copyOf(a);
    }

    /** A request from the environment's variables (name without the colon, value as sent). */
    public static AgiRequest of(Map<String, String> env) {
        return new AgiRequest(env);
    }

    private static String afterHost(String url) {
        int start = url.indexOf("//") + 2;
        int slash = url.indexOf('/', start);
        int q = url.indexOf('?', start);
        if (slash < 0 || (q >= 0 && q < slash)) {
            return q < 0 ? "/" : "/" + url.substring(q);
        }
        return url.substring(slash);
    }

    private static Map<String, List<String>> query(String q) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            map.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(map);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }

    /** The path of the request URL, always starting with {@code /} ({@code /ivr/menu}); {@code /} for AsyncAGI. */
    public String path() {
        return path;
    }

    /** The first value of query parameter {@code name}, decoded; null when absent. */
    public String param(String name) {
        List<String> v = params.get(name);
        return v == null ? null : v.get(0);
    }

    /** Every query parameter, decoded, in order; a name may carry several values. */
    public Map<String, List<String>> params() {
        return params;
    }

    /** The AGI() arguments after the URL ({@code agi_arg_1}, {@code agi_arg_2}, …), in order. */
    public List<String> args() {
        return args;
    }

    /** Any {@code agi_*} variable as sent, or null. */
    public String get(String name) {
        return env.get(name);
    }

    /** Every variable, in the order sent. */
    public Map<String, String> env() {
        return env;
    }

    /** {@code agi_request}: the URL or script name (may hold secrets in its query; do not log it). */
    public String request() {
        return env.get("agi_request");
    }

    /** {@code agi_channel}, for example {@code PJSIP/100-00000001}. */
    public String channelName() {
        return env.get("agi_channel");
    }

    /** {@code agi_uniqueid}. */
    public String uniqueid() {
        return env.get("agi_uniqueid");
    }

    /** {@code agi_language}. */
    public String language() {
        return env.get("agi_language");
    }

    /** {@code agi_type}: the channel technology ({@code PJSIP}, {@code Local}, …). */
    public String type() {
        return env.get("agi_type");
    }

    /** {@code agi_version}: the Asterisk version. */
    public String version() {
        return env.get("agi_version");
    }

    /** {@code agi_callerid}, null when {@code unknown}. */
    public String callerId() {
        return known("agi_callerid");
    }

    /** {@code agi_calleridname}, null when {@code unknown}. */
    public String callerIdName() {
        return known("agi_calleridname");
    }

    /** {@code agi_callingpres}: the caller-id presentation, -1 when absent. */
    public int callingPres() {
        return number("agi_callingpres");
    }

    /** {@code agi_callingani2}, -1 when absent. */
    public int callingAni2() {
        return number("agi_callingani2");
    }

    /** {@code agi_callington}: the type of number, -1 when absent. */
    public int callingTon() {
        return number("agi_callington");
    }

    /** {@code agi_callingtns}: the transit network, -1 when absent. */
    public int callingTns() {
        return number("agi_callingtns");
    }

    /** {@code agi_dnid}: the number dialled, null when {@code unknown}. */
    public String dnid() {
        return known("agi_dnid");
    }

    /** {@code agi_rdnis}: the redirecting number, null when {@code unknown}. */
    public String rdnis() {
        return known("agi_rdnis");
    }

    /** {@code agi_context}. */
    public String context() {
        return env.get("agi_context");
    }

    /** {@code agi_extension}. */
    public String extension() {
        return env.get("agi_extension");
    }

    /** {@code agi_priority}, -1 when absent. */
    public int priority() {
        return number("agi_priority");
    }

    /** {@code agi_enhanced}: whether EAGI (audio on fd 3) is on. */
    public boolean enhanced() {
        return "1.0".equals(env.get("agi_enhanced")) || "1".equals(env.get("agi_enhanced"));
    }

    /** {@code agi_accountcode}. */
    public String accountCode() {
        return env.get("agi_accountcode");
    }

    /** {@code agi_threadid}, -1 when absent. */
    public long threadId() {
        try {
            return Long.parseLong(env.getOrDefault("agi_threadid", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String known(String key) {
        String v = env.get(key);
        return v == null || v.equals("unknown") ? null : v;
    }

    private int number(String key) {
        try {
            return Integer.parseInt(env.getOrDefault(key, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Path, channel and unique id only: no query, arguments or caller data, which may be private. */
    @Override
    public String toString() {
        return "AgiRequest[" + path + " " + channelName() + " " + uniqueid() + "]";
    }
}
