package dev.amiable.action;

import dev.amiable.Header;
import dev.amiable.InvalidActionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An action to send: a name ({@code Action:}), an optional ActionID chosen by the user, and
 * ordered headers (keys may repeat, e.g. Originate's {@code Variable}). Immutable; built with a
 * builder. Generated subclasses are named {@code <Name>Action}; {@link GenericAction} sends
 * anything by name.
 *
 * <p>Validation happens twice: a builder refuses a missing required field at {@code build()};
 * the connection refuses CR, LF or NUL anywhere, lines over 1024 bytes and more than 128 headers
 * before writing a byte. Both throw {@link InvalidActionException}.
 *
 * <p>{@link #toString()} hides the values of {@code Secret} and {@code Key}.
 */
public abstract class AmiAction {
    private final String name;
    private final String actionId;
    private final String[] keys;
    private final String[] values;

    protected AmiAction(Builder<?, ?> b) {
        this.name = b.name;
        this.actionId = b.actionId;
        this.keys = b.keys.toArray(new String[0]);
        this.values = b.values.toArray(new String[0]);
    }

    /** The action name sent as {@code Action:}. */
    public final String name() {
        return name;
    }

    /** The ActionID the user chose, or null to let the connection assign one. */
    public final String actionId() {
        return actionId;
    }

    /** Number of headers besides {@code Action} and {@code ActionID}. */
    public final int headerCount() {
        return keys.length;
    }

    public final String headerKey(int i) {
        return keys[i];
    }

    public final String headerValue(int i) {
        return values[i];
    }

    /** The first value of {@code key} (any case), or null. */
    public final String get(String key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equalsIgnoreCase(key)) {
                return values[i];
            }
        }
        return null;
    }

    /** Headers besides {@code Action} and {@code ActionID}, in order. */
    public final List<Header> headers() {
        List<Header> out = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            out.add(new Header(keys[i], values[i]));
        }
        return Collections.unmodifiableList(out);
    }

    /** The action as text, with secret values masked. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Action: ").append(name);
        if (actionId != null) {
            sb.append(", ActionID: ").append(actionId);
        }
        for (int i = 0; i < keys.length; i++) {
            sb.append(", ").append(keys[i]).append(": ").append(isSecret(keys[i]) ? "******" : values[i]);
        }
        return sb.toString();
    }

    /** Whether a header's value must never be shown: {@code Secret} and {@code Key}. */
    public static boolean isSecret(String key) {
        return key.equalsIgnoreCase("Secret") || key.equalsIgnoreCase("Key");
    }

    /**
     * Base of every action builder. {@code set} replaces a key's value, {@code add} appends a
     * repeated key; a null value removes the key.
     *
     * @param <B> the concrete builder
     * @param <A> the action it builds
     */
    public abstract static class Builder<B extends Builder<B, A>, A extends AmiAction> {
        private final String name;
        private String actionId;
        private final List<String> keys = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        protected Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** Uses this ActionID instead of a generated one; it must be unique among pending actions. */
        public B actionId(String actionId) {
            this.actionId = actionId;
            return self();
        }

        /** Appends any header, e.g. one a newer Asterisk accepts that the catalogue lacks. */
        public B header(String key, String value) {
            return add(key, value);
        }

        /** Replaces every value of {@code key} with {@code value}; null removes the key. */
        protected final B set(String key, String value) {
            remove(key);
            if (value != null) {
                keys.add(key);
                values.add(value);
            }
            return self();
        }

        protected final B set(String key, long value) {
            return set(key, Long.toString(value));
        }

        protected final B set(String key, boolean value) {
            return set(key, value ? "true" : "false");
        }

        /** Appends {@code key: value}, keeping earlier values of the key. */
        protected final B add(String key, String value) {
            Objects.requireNonNull(key, "key");
            if (value != null) {
                keys.add(key);
                values.add(value);
            }
            return self();
        }

        /** Appends {@code key: name=value}, for {@code Variable}-style headers. */
        protected final B addVariable(String key, String name, String value) {
            Objects.requireNonNull(name, "variable name");
            return add(key, name + "=" + (value == null ? "" : value));
        }

        private void remove(String key) {
            for (int i = keys.size() - 1; i >= 0; i--) {
                if (keys.get(i).equalsIgnoreCase(key)) {
                    keys.remove(i);
                    values.remove(i);
                }
            }
        }

        /** Throws {@link InvalidActionException} naming every required key that is not set. */
        protected final void require(String... required) {
            List<String> missing = null;
            for (String r : required) {
                boolean found = false;
                for (String k : keys) {
                    if (k.equalsIgnoreCase(r)) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(r);
                }
            }
            if (missing != null) {
                throw new InvalidActionException(name + " needs " + String.join(", ", missing)
                        + " (required " + Arrays.toString(required) + ")");
            }
        }

        /** Builds the action; throws {@link InvalidActionException} if a required field is missing. */
        public abstract A build();
    }
}
