package dev.amiable.testkit.internal;

import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated dialplan as ShowDialPlan lists it, derived from the {@link PbxConfig}: context
 * {@value #HOME} holds the extensions Originate understands (queues, conferences, parking, the
 * failing ones, and {@code _X.} that answers and waits); {@code default} and {@code demo} include
 * it; each context named by a queue member's
 * interface ({@code Local/401@ami-agents/n}) holds that member's extension, which answers, waits
 * and hangs up. Immutable after construction.
 */
final class PbxDialplan {
    /** The context listing the extensions Originate understands. */
    static final String HOME = "ami-test";
    /** Asterisk's sample contexts, which include {@value #HOME} here. */
    static final List<String> INCLUDING = List.of("default", "demo");
    /** The pseudo-extension that stands for {@code include => ami-test}. */
    private static final String INCLUDE = "";

    /** One priority: application and its data. */
    record Step(String application, String data) {
    }

    private final Map<String, Map<String, List<Step>>> contexts = new LinkedHashMap<>();

    PbxDialplan(PbxConfig config) {
        Map<String, List<Step>> home = new LinkedHashMap<>();
        config.queueExtensions().forEach((ext, queue) -> home.put(ext, steps("Answer", "", "Queue", queue)));
        config.conferences().forEach((ext, conf) -> home.put(ext, steps("Answer", "", "ConfBridge", conf)));
        home.put(config.parkExtension(), steps("Answer", "", "Park", "default"));
        config.failing().forEach(ext -> home.put(ext, steps("Hangup", "1")));
        home.put("_X.", steps("Answer", "", "Wait", Long.toString(Math.max(1, config.defaultTalk() / 1000)), "Hangup", ""));
        contexts.put(HOME, home);
        for (String other : INCLUDING) {
            contexts.put(other, new LinkedHashMap<>(Map.of(INCLUDE, List.of())));
        }
        config.queues().values().forEach(members -> members.forEach(iface -> {
            String dest = iface.replaceFirst("/n$", "");
            int slash = dest.indexOf('/');
            int at = dest.indexOf('@');
            if (dest.regionMatches(true, 0, "Local/", 0, 6) && at > slash) {
                String ext = dest.substring(slash + 1, at);
                contexts.computeIfAbsent(dest.substring(at + 1), k -> new LinkedHashMap<>())
                        .put(ext, steps("NoOp", "queue member " + ext, "Answer", "", "Wait", "3", "Hangup", ""));
            }
        }));
    }

    private static List<Step> steps(String... appsAndData) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < appsAndData.length; i += 2) {
            out.add(new Step(appsAndData[i], appsAndData[i + 1]));
        }
        return out;
    }

    boolean hasContext(String context) {
        return contexts.containsKey(context);
    }

    Reply showDialPlan(RecordedAction a) {
        String onlyContext = a.get("Context");
        String onlyExten = a.get("Extension");
        boolean anyContext = onlyContext == null || onlyContext.isEmpty();
        boolean anyExten = onlyExten == null || onlyExten.isEmpty();
        if (!anyContext && !contexts.containsKey(onlyContext)) {
            return Reply.error("Did not find context " + onlyContext);
        }
        List<Message> items = new ArrayList<>();
        int extens = 0;
        int usedContexts = 0;
        int priorities = 0;
        for (Map.Entry<String, Map<String, List<Step>>> ctx : contexts.entrySet()) {
            if (!anyContext && !ctx.getKey().equals(onlyContext)) {
                continue;
            }
            int before = extens;
            for (Map.Entry<String, List<Step>> ext : ctx.getValue().entrySet()) {
                if (ext.getKey().equals(INCLUDE)) {
                    if (!anyExten) {
                        continue;
                    }
                    items.add(Message.event("ListDialplan", "Context", ctx.getKey(), "IncludeContext", HOME,
                            "Registrar", "pbx_config"));
                    continue;
                }
                if (!anyExten && !ext.getKey().equals(onlyExten)) {
                    continue;
                }
                extens++;
                int priority = 1;
                priorities += ext.getValue().size();
                for (Step st : ext.getValue()) {
                    items.add(Message.event("ListDialplan", "Context", ctx.getKey(), "Extension", ext.getKey(),
                            "Priority", Integer.toString(priority++), "Application", st.application(),
                            "AppData", st.data(), "Registrar", "pbx_config"));
                }
            }
            usedContexts += extens > before || ctx.getValue().containsKey(INCLUDE) ? 1 : 0;
        }
        if (!anyExten && extens == 0) {
            return Reply.error(anyContext ? "Did not find extension " + onlyExten + " in any context"
                    : "Did not find extension " + onlyExten + "@" + onlyContext);
        }
        Message complete = dev.amiable.testkit.ListReply.complete("ShowDialPlanComplete", items.size()).with(
                "ListExtensions", Integer.toString(extens), "ListPriorities", Integer.toString(priorities),
                "ListContexts", Integer.toString(usedContexts));
        return PbxDirectory.list("DialPlan list", complete, items);
    }
}
