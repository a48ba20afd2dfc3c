package dev.amiable.testkit.agi;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code agi_*} variables a simulated channel announces, in Asterisk 22's order, with
 * plausible defaults (a PJSIP channel in context {@code default}); each setter replaces one.
 * Not thread-safe; build, then hand to a call.
 */
public final class AgiEnvironment {
    private static final AtomicLong IDS = new AtomicLong(1);

    private final Map<String, String> vars = new LinkedHashMap<>();
    private List<String> args = List.of();

    private AgiEnvironment() {
        long id = IDS.getAndIncrement();
        vars.put("agi_channel", String.format("PJSIP/100-%08x", id));
        vars.put("agi_language", "en");
        vars.put("agi_type", "PJSIP");
        vars.put("agi_uniqueid", "1795349769." + id);
        vars.put("agi_version", "22.10.1");
        vars.put("agi_callerid", "100");
        vars.put("agi_calleridname", "Alice");
        vars.put("agi_callingpres", "0");
        vars.put("agi_callingani2", "0");
        vars.put("agi_callington", "0");
        vars.put("agi_callingtns", "0");
        vars.put("agi_dnid", "200");
        vars.put("agi_rdnis", "unknown");
        vars.put("agi_context", "default");
        vars.put("agi_extension", "200");
        vars.put("agi_priority", "1");
        vars.put("agi_enhanced", "0.0");
        vars.put("agi_accountcode", "");
        vars.put("agi_threadid", String.valueOf(140639850706624L + id));
    }

    public static AgiEnvironment create() {
        return new AgiEnvironment();
    }

    /** Sets {@code agi_<name>} (give the name without the prefix, e.g. {@code "callerid"}). */
    public AgiEnvironment set(String name, String value) {
        vars.put(name.startsWith("agi_") ? name : "agi_" + name, value);
        return this;
    }

    public AgiEnvironment channel(String channel) {
        return set("channel", channel);
    }

    public AgiEnvironment uniqueid(String uniqueid) {
        return set("uniqueid", uniqueid);
    }

    /** The AGI() arguments after the URL, sent as {@code agi_arg_1…N}. */
    public AgiEnvironment args(String... args) {
        this.args = List.of(args);
        return this;
    }

    /** A variable's value as set, or null. */
    public String get(String name) {
        return vars.get(name.startsWith("agi_") ? name : "agi_" + name);
    }

    /** What a FastAGI connection to {@code url} sends. */
    Map<String, String> forFastAgi(String url) {
        Map<String, String> env = new LinkedHashMap<>();
        URI uri = URI.create(url);
        String script = uri.getRawPath() == null ? "" : uri.getRawPath();
        script = script.startsWith("/") ? script.substring(1) : script;
        env.put("agi_network", "yes");
        env.put("agi_network_script", uri.getRawQuery() == null ? script : script + "?" + uri.getRawQuery());
        env.put("agi_request", url);
        env.putAll(vars);
        addArgs(env);
        return env;
    }

    /** What an AsyncAGI start announces (in its URL-encoded {@code Env}). */
    Map<String, String> forAsyncAgi() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("agi_request", "async");
        env.putAll(vars);
        addArgs(env);
        return env;
    }

    private void addArgs(Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            env.put("agi_arg_" + (i + 1), args.get(i));
        }
    }
}
