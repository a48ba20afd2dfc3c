package dev.amiable.cli;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run of the command shares between its parts: the environment it reads, whether
 * {@code --verbose} is on, and the secrets in use so that no message ever shows them.
 */
public final class CliContext {
    /** Implemented by commands and mixins that need the context; the factory injects it. */
    public interface Aware {
        void context(CliContext context);
    }

    private final Map<String, String> env;
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private volatile boolean verbose;

    public CliContext(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** An environment variable, or null. */
    public String env(String name) {
        return env.get(name);
    }

    public boolean verbose() {
        return verbose;
    }

    void verbose(boolean on) {
        this.verbose = on;
    }

    /**
     * Remembers a secret so {@link #scrub} hides it. Secrets shorter than 4 characters are not
     * scrubbed (hiding every "x" would garble messages, and Amiable never puts a secret in one).
     */
    public void secret(String secret) {
        if (secret != null && secret.length() >= 4) {
            secrets.add(secret);
        }
    }

    /** The text with every known secret replaced by {@code ******}. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, "******");
        }
        return out;
    }
}
