package dev.amiable.testkit.internal;

import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Small PBX actions: Redirect, Setvar, Getvar, DBPut/DBGet/DBDel, QueueAdd/QueueRemove/QueuePause,
 * UserEvent, CoreStatus, CoreSettings; Asterisk 22's texts. Runs under the {@link Pbx} lock.
 */
final class PbxChanges {
    private final Pbx pbx;

    PbxChanges(Pbx pbx) {
        this.pbx = pbx;
    }

    /** The answer, or null when {@code name} (lower case) is not one of these actions. */
    Reply handle(String name, RecordedAction a) {
        switch (name) {
            case "redirect": return redirect(a);
            case "setvar": return setvar(a);
            case "getvar": return getvar(a);
            case "dbput": return dbPut(a);
            case "dbget": return dbGet(a);
            case "dbdel": return dbDel(a);
            case "queueadd": return queueAdd(a);
            case "queueremove": return queueRemove(a);
            case "queuepause": return queuePause(a);
            case "userevent": return userEvent(a);
            case "corestatus": return coreStatus();
            case "coresettings": return coreSettings();
            default: return null;
        }
    }

    private Reply redirect(RecordedAction a) {
        PbxChannel c = pbx.channel(nz(a.get("Channel")));
        if (c == null) {
            return Reply.error("Channel specified does not exist");
        }
        if (a.get("Context") != null) {
            c.context = a.get("Context");
        }
        if (a.get("Exten") != null) {
            c.exten = a.get("Exten");
        }
        c.priority = a.get("Priority") == null ? 1 : parseInt(a.get("Priority"), 1);
        c.application = "";
        c.appData = "";
        pbx.emitChannel("Newexten", "dialplan,all", c, "Extension", c.exten, "Application", "", "AppData", "");
        return Reply.success("Message", "Redirect successful");
    }

    private Reply setvar(RecordedAction a) {
        String var = a.get("Variable");
        if (var == null || var.isEmpty()) {
            return Reply.error("No variable specified");
        }
        String value = nz(a.get("Value"));
        String chan = a.get("Channel");
        if (chan != null && !chan.isEmpty()) {
            PbxChannel c = pbx.channel(chan);
            if (c == null) {
                return Reply.error("No such channel");
            }
            c.vars.put(var, value);
            pbx.emitChannel("VarSet", "dialplan,all", c, "Variable", var, "Value", value);
        } else {
            pbx.globals.put(var, value);
        }
        return Reply.success("Message", "Variable Set");
    }

    private Reply getvar(RecordedAction a) {
        String var = a.get("Variable");
        if (var == null || var.isEmpty()) {
            return Reply.error("No variable specified");
        }
        String chan = a.get("Channel");
        String value;
        if (chan != null && !chan.isEmpty()) {
            PbxChannel c = pbx.channel(chan);
            if (c == null) {
                return Reply.error("No such channel");
            }
            value = c.vars.get(var);
        } else {
            value = pbx.globals.get(var);
        }
        return Reply.success("Variable", var, "Value", nz(value));
    }

    private Reply dbPut(RecordedAction a) {
        String family = a.get("Family");
        String key = a.get("Key");
        if (family == null || family.isEmpty()) {
            return Reply.error("No family specified");
        }
        if (key == null || key.isEmpty()) {
            return Reply.error("No key specified");
        }
        pbx.db.put(family + "/" + key, nz(a.get("Val")));
        return Reply.success("Message", "Updated database successfully");
    }

    private Reply dbGet(RecordedAction a) {
        String family = nz(a.get("Family"));
        String key = nz(a.get("Key"));
        String val = pbx.db.get(family + "/" + key);
        if (val == null) {
            return Reply.error("Database entry not found");
        }
        return ListReply.of("Result", "DBGetComplete", PbxLists.idLast(Message.event("DBGetResponse",
                "Family", family, "Key", key, "Val", val), a));
    }

    private Reply dbDel(RecordedAction a) {
        return pbx.db.remove(nz(a.get("Family")) + "/" + nz(a.get("Key"))) != null
                ? Reply.success("Message", "Key deleted successfully")
                : Reply.error("Database entry not deleted");
    }

    private Reply queueAdd(RecordedAction a) {
        PbxQueue q = pbx.queues.get(nz(a.get("Queue")));
        String iface = a.get("Interface");
        if (q == null) {
            return Reply.error("Unable to add interface to queue: No such queue");
        }
        if (iface == null || iface.isEmpty()) {
            return Reply.error("'Interface' not specified.");
        }
        if (q.members.containsKey(iface)) {
            return Reply.error("Unable to add interface: Already there");
        }
        String name = a.get("MemberName") == null ? iface : a.get("MemberName");
        PbxQueue.Member m = new PbxQueue.Member(name, iface, "dynamic", parseInt(a.get("Penalty"), 0));
        m.paused = PbxActions.isTrue(a.get("Paused"));
        q.members.put(iface, m);
        pbx.calls.queues.memberEvent("QueueMemberAdded", q, m);
        memberDevices(pbx, q, m);
        pbx.calls.queues.dispatch(q);
        return Reply.success("Message", "Added interface to queue");
    }

    /**
     * Announces (when changed) the device states app_queue keeps for a member and its queue:
     * {@code Queue:<queue>_pause_<interface>} INUSE while paused, {@code Queue:<queue>_avail}
     * INUSE when no member is free. DeviceStateList reads them back.
     */
    static void memberDevices(Pbx pbx, PbxQueue q, PbxQueue.Member m) {
        pbx.device("Queue:" + q.name + "_pause_" + m.iface, m.paused ? "INUSE" : "NOT_INUSE");
        availDevice(pbx, q);
    }

    static void availDevice(Pbx pbx, PbxQueue q) {
        pbx.device("Queue:" + q.name + "_avail", q.available() > 0 ? "NOT_INUSE" : "INUSE");
    }

    private Reply queueRemove(RecordedAction a) {
        PbxQueue q = pbx.queues.get(nz(a.get("Queue")));
        if (q == null) {
            return Reply.error("Unable to remove interface from queue: No such queue");
        }
        PbxQueue.Member m = q.members.get(nz(a.get("Interface")));
        if (m == null) {
            return Reply.error("Unable to remove interface: Not there");
        }
        q.members.remove(m.iface);
        pbx.calls.queues.memberEvent("QueueMemberRemoved", q, m);
        return Reply.success("Message", "Removed interface from queue");
    }

    private Reply queuePause(RecordedAction a) {
        String iface = a.get("Interface");
        if (iface == null || iface.isEmpty()) {
            return Reply.error("Need 'Interface' and 'Paused' parameters.");
        }
        boolean paused = PbxActions.isTrue(a.get("Paused"));
        String only = a.get("Queue");
        boolean found = false;
        for (PbxQueue q : pbx.queues.values()) {
            PbxQueue.Member m = q.members.get(iface);
            if (m == null || (only != null && !only.isEmpty() && !only.equals(q.name))) {
                continue;
            }
            found = true;
            m.paused = paused;
            m.pausedReason = paused ? nz(a.get("Reason")) : "";
            m.lastPause = System.currentTimeMillis() / 1000;
            pbx.calls.queues.memberEvent("QueueMemberPause", q, m);
            memberDevices(pbx, q, m);
            if (!paused) {
                pbx.calls.queues.dispatch(q);
            }
        }
        if (!found) {
            return Reply.error("Interface not found");
        }
        return Reply.success("Message", paused ? "Interface paused successfully" : "Interface unpaused successfully");
    }

    private Reply userEvent(RecordedAction a) {
        if (a.get("UserEvent") == null) {
            return Reply.error("UserEvent needs a name");
        }
        pbx.server.emit(PbxActions.userEvent(a));
        return Reply.success("Message", "Event Sent");
    }

    private Reply coreStatus() {
        DateTimeFormatter d = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        DateTimeFormatter t = DateTimeFormatter.ofPattern("HH:mm:ss");
        var start = Instant.ofEpochMilli(pbx.server.startedMillis()).atZone(ZoneId.systemDefault());
        var reload = Instant.ofEpochMilli(pbx.server.reloadedMillis()).atZone(ZoneId.systemDefault());
        return Reply.success("CoreStartupDate", d.format(start), "CoreStartupTime", t.format(start),
                "CoreReloadDate", d.format(reload), "CoreReloadTime", t.format(reload),
                "CoreCurrentCalls", Integer.toString(pbx.channels.size()),
                "CoreProcessedCalls", Long.toString(pbx.callsStarted.get()));
    }

    private Reply coreSettings() {
        return Reply.success("AMIversion", pbx.server.config().version().text(),
                "AsteriskVersion", pbx.server.asteriskVersion(), "SystemName", "", "CoreMaxCalls", "0",
                "CoreMaxLoadAvg", "0.000000", "CoreRunUser", "", "CoreRunGroup", "", "CoreMaxFilehandles", "8192",
                "CoreRealTimeEnabled", "No", "CoreCDRenabled", "Yes", "CoreHTTPenabled", "No",
                "SoundsSearchCustomDir", "No");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int parseInt(String s, int dflt) {
        try {
            return s == null ? dflt : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
