package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer to ListCommands: one header per action a stock Asterisk 22 registers, in its order,
 * valued {@code <summary>  (Priv: <classes>,all)} or {@code (Priv: <none>)}. The action names and
 * privileges are Asterisk's; the summaries are the name spelled out in words (Asterisk's own
 * one-line synopses are not copied). Immutable.
 */
final class ActionCatalogue {
    private static final List<String> NAMES = load();

    private ActionCatalogue() {
    }

    static Message listCommands() {
        List<String> kv = new ArrayList<>(List.of("Response", "Success"));
        for (String name : NAMES) {
            kv.add(name);
            kv.add(summary(name) + "  (Priv: " + privileges(Perms.actionClasses(name)) + ")");
        }
        return Message.of(kv.toArray(new String[0]));
    }

    /** {@code system,call,all} in Asterisk's class order, or {@code <none>}. */
    static String privileges(int mask) {
        if (mask == Perms.NONE) {
            return "<none>";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Perms.NAMES.length; i++) {
            if ((mask & (1 << i)) != 0) {
                sb.append(Perms.NAMES[i]).append(',');
            }
        }
        return sb.append("all").toString();
    }

    /** {@code QueueMemberRingInUse} gives {@code Queue member ring in use.}; acronyms stay whole. */
    static String summary(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean upper = Character.isUpperCase(c);
            boolean prevLower = i > 0 && Character.isLowerCase(name.charAt(i - 1));
            boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
            if (i > 0 && upper && (prevLower || (prevUpper && nextLower))) {
                sb.append(' ');
            }
            boolean acronym = upper && (prevUpper || (i + 1 < name.length() && Character.isUpperCase(name.charAt(i + 1))));
            sb.append(sb.length() == 0 || acronym ? c : Character.toLowerCase(c));
        }
        return sb.append('.').toString();
    }

    private static List<String> load() {
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ActionCatalogue.class.getResourceAsStream("action-names.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(names);
    }
}
