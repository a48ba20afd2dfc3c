package dev.amiable.codegen;

import dev.amiable.codegen.Catalogue.Action;
import java.util.ArrayList;
import java.util.List;

/** The class Javadoc of an action. */
final class ActionDocs {
    private ActionDocs() {
    }

    static List<String> classDoc(Action a) {
        List<String> p = new ArrayList<>();
        p.add(a.summary() != null ? a.summary()
                : "Sends " + Javadoc.code("Action: " + a.name()) + " (" + EventDocs.words(a.name()) + ").");
        StringBuilder ul = new StringBuilder("<ul>");
        ul.append("<li>Since: ").append(a.since().isEmpty() ? "not documented" : Javadoc.codes(a.since()))
                .append("</li>");
        ul.append("<li>Write privilege needed: ").append(a.privilege().isEmpty() ? "none"
                : Javadoc.codes(a.privilege())).append("</li>");
        if (a.module() != null) {
            ul.append("<li>Module: ").append(Javadoc.code(a.module())).append("</li>");
        }
        List<String> req = ActionWriter.required(a);
        ul.append("<li>Required headers: ").append(req.isEmpty() ? "none" : Javadoc.codes(req)).append("</li>");
        if (ActionWriter.isList(a)) {
            ul.append("<li>Answer: a list of ").append(events(a.listItems())).append(", ended by ")
                    .append(events(List.of(a.listComplete()))).append("</li>");
        }
        if (!a.responseEvents().isEmpty()) {
            ul.append("<li>Events sent in reply: ").append(events(a.responseEvents())).append("</li>");
        }
        ul.append("</ul>");
        p.add(ul.toString());
        if (ActionWriter.isList(a) && a.listItems().size() > 1) {
            p.add("The items mix several event types, so they arrive as {@link dev.amiable.event.AmiEvent};"
                    + " test them with {@code instanceof}.");
        }
        return p;
    }

    private static String events(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add("{@link dev.amiable.event." + Names.eventClass(n) + "}");
        }
        return String.join(", ", out);
    }
}
