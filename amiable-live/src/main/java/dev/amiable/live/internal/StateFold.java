package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.DeviceState;
import dev.amiable.live.LiveExtensionState;
import dev.amiable.live.LivePresenceState;

/** Folds device, extension (hint) and presence state events, live or as list items. */
final class StateFold {
    private final Model m;

    StateFold(Model m) {
        this.m = m;
    }

    void device(Headers h) {
        String d = h.get("Device");
        if (d == null) {
            return;
        }
        DeviceState s = DeviceState.of(h.get("State"));
        DeviceState o = m.devices.get(d);
        if (s != o) {
            m.setDevice(d, o, s);
        } else if (m.touched != null) {
            m.touched.add(Touched.DEVICE, d);
        }
    }

    void extension(AmiEvent e) {
        LiveExtensionState s = extensionState(e);
        if (s == null) {
            return;
        }
        LiveExtensionState o = m.extensions.get(s.key());
        if (!s.equals(o)) {
            m.setExtension(s.key(), o, s);
        } else if (m.touched != null) {
            m.touched.add(Touched.EXTENSION, s.key());
        }
    }

    void presence(AmiEvent e) {
        LivePresenceState s = presenceState(e);
        if (s == null) {
            return;
        }
        LivePresenceState o = m.presences.get(s.presentity());
        if (!s.equals(o)) {
            m.setPresence(s.presentity(), o, s);
        } else if (m.touched != null) {
            m.touched.add(Touched.PRESENCE, s.presentity());
        }
    }

    static LiveExtensionState extensionState(AmiEvent e) {
        String exten = e.get("Exten");
        String context = e.get("Context");
        if (exten == null || context == null) {
            return null;
        }
        return new LiveExtensionState(exten, context, Fields.text(e, "Hint"), Fields.intOr(e, "Status", -1),
                Fields.text(e, "StatusText"));
    }

    static LivePresenceState presenceState(AmiEvent e) {
        String p = e.get("Presentity");
        if (p == null) {
            return null;
        }
        return new LivePresenceState(p, e.get("Status"), Fields.text(e, "Subtype"), Fields.text(e, "Message"));
    }
}
