package dev.amiable.cli;

import dev.amiable.AmiActionException;
import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.EventList;
import dev.amiable.Header;
import dev.amiable.action.GenericAction;
import dev.amiable.event.AmiEvent;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amiable send ACTION Key=Value ...}: sends any action and prints the response headers;
 * a list action's items are printed as a table or JSON lines. An {@code Error} answer exits 5.
 */
@Command(name = "send", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Send an action and print the response (list actions: their items).")
public final class SendCommand implements Callable<Integer> {
    /** Output forms. */
    enum Format { table, jsonl }

    private static final Set<String> HIDDEN_COLUMNS = Set.of("actionid", "eventlist", "privilege");

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "ACTION", description = "The action name, e.g. Ping or QueueStatus.")
    String action;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "Headers to send, in order (may repeat).")
    List<String> headers = new ArrayList<>();

    @Option(names = "--list", description = "Treat the action as a list action even if it is not known as one.")
    boolean list;

    @Option(names = "--format", description = "For list items: table (default) or jsonl.")
    Format format = Format.table;

    @Override
    public Integer call() throws Exception {
        GenericAction.Builder b = GenericAction.builder(action);
        for (String h : headers) {
            int eq = h.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("header must be Key=Value, got '" + h + "'");
            }
            String key = h.substring(0, eq);
            if (key.equalsIgnoreCase("ActionID")) {
                b.actionId(h.substring(eq + 1));
            } else {
                b.header(key, h.substring(eq + 1));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AmiClient client = connection.connect()) {
            if (list || ActionLists.isList(action, headers)) {
                printList(out, client.sendForList(b.buildList()).get());
            } else {
                AmiResponse r = client.send(b.build()).get();
                printHeaders(out, r.headers());
                out.flush();
                if (!r.isSuccess()) {
                    throw new AmiActionException(action, r);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printList(PrintWriter out, EventList<AmiEvent> items) {
        if (format == Format.jsonl) {
            for (AmiEvent e : items.events()) {
                out.println(Json.event(e));
            }
            return;
        }
        Map<String, List<AmiEvent>> byName = new LinkedHashMap<>();
        for (AmiEvent e : items.events()) {
            byName.computeIfAbsent(e.name(), n -> new ArrayList<>()).add(e);
        }
        boolean first = true;
        for (List<AmiEvent> group : byName.values()) {
            if (!first) {
                out.println();
            }
            first = false;
            table(group).print(out);
        }
        out.println("(" + items.size() + " item" + (items.size() == 1 ? "" : "s")
                + (items.countMatches() ? "" : ", server declared " + items.declaredCount()) + ")");
    }

    /** One table for items of one name: a column per header, in order of first appearance. */
    private static Table table(List<AmiEvent> group) {
        Set<String> cols = new LinkedHashSet<>();
        for (AmiEvent e : group) {
            for (int i = 0; i < e.size(); i++) {
                if (!HIDDEN_COLUMNS.contains(e.key(i).toLowerCase(Locale.ROOT))) {
                    cols.add(e.key(i));
                }
            }
        }
        List<String> columns = new ArrayList<>(cols);
        Table t = new Table(columns);
        for (AmiEvent e : group) {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = String.join(",", e.getAll(columns.get(i)));
            }
            t.row(row);
        }
        return t;
    }

    private static void printHeaders(PrintWriter out, List<Header> headers) {
        for (Header h : headers) {
            out.println(h.name().isEmpty() ? h.value() : h.name() + ": " + h.value());
        }
    }
}
