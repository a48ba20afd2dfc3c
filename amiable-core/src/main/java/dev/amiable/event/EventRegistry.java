package dev.amiable.event;

import dev.amiable.internal.codec.Ascii;
import dev.amiable.internal.codec.Frame;
import dev.amiable.internal.codec.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps event names to the classes they arrive as. Holds the generated catalogue and lets users
 * add their own classes, e.g. for a {@code UserEvent} with a given {@code UserEvent:} header.
 *
 * <p>Lookups are case-insensitive and allocation-free; registration is thread-safe
 * (copy-on-write) and affects events decoded afterwards, on every connection.
 */
public final class EventRegistry {

    /** Creates a typed event over a frame; generated constructors match this shape. */
    @FunctionalInterface
    public interface Factory {
        AmiEvent create(Frame frame, String name);
    }

    /**
     * What generated code uses to fill the registry: the wire name, the factory, and where the
     * catalogue facts are, fetched only when asked (so an event class loads when first needed).
     */
    public interface Loader {
        void add(String name, Factory factory, Supplier<EventInfo> info);
    }

    private static final EventRegistry GLOBAL = new EventRegistry();

    private volatile Table events;
    private volatile Table userEvents = new Table(List.of());

    private EventRegistry() {
        List<Entry> entries = new ArrayList<>();
        CatalogEvents.load((name, factory, info) -> entries.add(new Entry(name, info, factory)));
        this.events = new Table(entries);
    }

    /** The registry every connection uses. */
    public static EventRegistry global() {
        return GLOBAL;
    }

    /**
     * Makes events named {@code eventName} arrive as {@code type}, built by {@code factory} from the
     * generic event (which shares its bytes). Replaces an earlier registration of that name.
     */
    public synchronized <T extends AmiEvent> void register(String eventName, Class<T> type,
            Function<AmiEvent, T> factory) {
        events = events.with(userEntry(eventName, type, factory));
    }

    /** Like {@link #register}, for {@code Event: UserEvent} with {@code UserEvent: userEventName}. */
    public synchronized <T extends AmiEvent> void registerUserEvent(String userEventName, Class<T> type,
            Function<AmiEvent, T> factory) {
        userEvents = userEvents.with(userEntry(userEventName, type, factory));
    }

    private static <T extends AmiEvent> Entry userEntry(String name, Class<T> type, Function<AmiEvent, T> factory) {
        Objects.requireNonNull(factory, "factory");
        EventInfo info = new EventInfo(name, type, List.of(), "", false, false, null, Set.of());
        return new Entry(name, () -> info, (frame, wireName) -> factory.apply(new AmiEvent(frame, wireName)));
    }

    /** Catalogue facts for {@code eventName} (any case), or null when it has no class. */
    public EventInfo info(String eventName) {
        Entry e = events.find(eventName);
        return e == null ? null : e.info();
    }

    /** Whether events of this name arrive as a typed class. */
    public boolean isTyped(String eventName) {
        return events.find(eventName) != null;
    }

    /** Every known event type, in catalogue order. */
    public Collection<EventInfo> all() {
        List<EventInfo> out = new ArrayList<>();
        for (Entry e : events.entries) {
            out.add(e.info());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The headers of {@code event} that no accessor of its class reads (beyond the ones Asterisk
     * adds to any event); every header for an event without a class.
     */
    public List<String> unknownHeaders(AmiEvent event) {
        EventInfo info = info(event.name());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < event.size(); i++) {
            String k = event.key(i);
            String lower = k.toLowerCase(Locale.ROOT);
            if (lower.equals("event") || COMMON.contains(lower)) {
                continue;
            }
            if (info == null || !covers(info, lower)) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean covers(EventInfo info, String lower) {
        if (info.headers().contains(lower)) {
            return true;
        }
        int paren = lower.indexOf('(');
        if (paren > 0 && info.headers().contains(lower.substring(0, paren))) {
            return true;
        }
        // a numbered series such as Report0SourceSSRC is catalogued with X for the number
        String numbered = lower.replaceFirst("[0-9]+", "x");
        return !numbered.equals(lower) && info.headers().contains(numbered);
    }

    /** Headers Asterisk may add to any event. */
    static final Set<String> COMMON = Set.of("privilege", "timestamp", "systemname", "sequencenumber",
            "file", "line", "func", "actionid", "eventlist", "listitems");

    /**
     * Turns a frame whose first header is {@code Event} into its typed event, or a generic
     * {@link AmiEvent} when the name has no class. For Amiable's decoder.
     */
    public AmiEvent decode(Frame frame) {
        int i = frame.keyIs(0, "Event") ? 0 : frame.indexOf("Event");
        if (i < 0) {
            return new AmiEvent(frame, "");
        }
        byte[] b = frame.buffer();
        int s = frame.valueStart(i);
        int len = frame.valueEnd(i) - s;
        Table t = events;
        int found = t.find(b, s, len);
        if (found < 0) {
            return new AmiEvent(frame, Text.decode(b, s, len));
        }
        Entry e = t.slots[found >>> 1];
        // the catalogue's string when the server spelled the name the same way
        String name = (found & 1) != 0 ? e.name : Text.decode(b, s, len);
        if (e.userEvent) {
            Entry u = findUserEvent(frame);
            if (u != null) {
                e = u;
            }
        }
        return e.factory.create(frame, name);
    }

    private Entry findUserEvent(Frame frame) {
        Table t = userEvents;
        if (t.entries.isEmpty()) {
            return null;
        }
        int i = frame.indexOf("UserEvent", 1);
        if (i < 0) {
            return null;
        }
        int s = frame.valueStart(i);
        int found = t.find(frame.buffer(), s, frame.valueEnd(i) - s);
        return found < 0 ? null : t.slots[found >>> 1];
    }

    private static final class Entry {
        final String name;
        final byte[] bytes; // the name in Latin-1, for comparing with the wire
        final boolean userEvent;
        final int hash;
        private final Supplier<EventInfo> infoSource;
        private volatile EventInfo info;
        final Factory factory;

        Entry(String name, Supplier<EventInfo> info, Factory factory) {
            this.name = name;
            this.bytes = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            this.userEvent = name.equals("UserEvent");
            this.hash = Ascii.hash(name);
            this.infoSource = info;
            this.factory = factory;
        }

        EventInfo info() {
            EventInfo i = info;
            if (i == null) {
                i = infoSource.get();
                info = i;
            }
            return i;
        }
    }

    /** Open-addressing table keyed by case-folded name. */
    private static final class Table {
        final List<Entry> entries;
        final Entry[] slots;
        final int mask;

        Table(List<Entry> entries) {
            this.entries = List.copyOf(entries);
            int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
            this.slots = new Entry[size];
            this.mask = size - 1;
            for (Entry e : this.entries) {
                int h = e.hash & mask;
                while (slots[h] != null && !slots[h].name.equalsIgnoreCase(e.name)) {
                    h = (h + 1) & mask;
                }
                slots[h] = e;
            }
        }

        Table with(Entry e) {
            List<Entry> copy = new ArrayList<>(entries.size() + 1);
            for (Entry x : entries) {
                if (!x.name.equalsIgnoreCase(e.name)) {
                    copy.add(x);
                }
            }
            copy.add(e);
            return new Table(copy);
        }

        /**
         * The slot of the entry named by {@code b[off, off + len)} ignoring case, shifted left by
         * one, with the low bit set when the bytes are the name exactly; -1 when there is none.
         */
        int find(byte[] b, int off, int len) {
            int h = Ascii.hash(b, off, len) & mask;
            Entry e;
            while ((e = slots[h]) != null) {
                byte[] n = e.bytes;
                if (n.length == len) {
                    if (java.util.Arrays.equals(b, off, off + len, n, 0, len)) {
                        return (h << 1) | 1;
                    }
                    if (Ascii.equalsIgnoreCase(b, off, len, e.name)) {
                        return h << 1;
                    }
                }
                h = (h + 1) & mask;
            }
            return -1;
        }

        Entry find(String name) {
            if (name == null) {
                return null;
            }
            int h = Ascii.hash(name) & mask;
            Entry e;
            while ((e = slots[h]) != null) {
                if (e.name.equalsIgnoreCase(name)) {
                    return e;
                }
                h = (h + 1) & mask;
            }
            return null;
        }
    }
}
