package dev.amiable.testkit.internal;

import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The list actions that read the simulated PBX, shaped like Asterisk 22's answers (field names,
 * order, where the ActionID goes, completion counters). Runs under the {@link Pbx} lock.
 */
final class PbxLists {
    private final Pbx pbx;

    PbxLists(Pbx pbx) {
        this.pbx = pbx;
    }

    Reply coreShowChannels(RecordedAction a) {
        List<Message> items = new ArrayList<>();
        for (PbxChannel c : pbx.channels.values()) {
            List<String> kv = new ArrayList<>(List.of("Event", "CoreShowChannel"));
            c.snapshot("", kv);
            kv.addAll(List.of("Application", c.application, "ApplicationData", c.appData,
                    "Duration", c.durationText(), "BridgeId", c.bridgeId));
            items.add(Message.of(kv.toArray(new String[0])));
        }
        return ListReply.of("Channels", "CoreShowChannelsComplete", items);
    }

    Reply status(RecordedAction a) {
        String name = a.get("Channel");
        List<PbxChannel> chans = new ArrayList<>();
        if (name != null && !name.isEmpty()) {
            PbxChannel c = pbx.channel(name);
            if (c == null) {
                return Reply.error("No such channel");
            }
            chans.add(c);
        } else {
            chans.addAll(pbx.channels.values());
        }
        String wanted = a.get("Variables");
        List<Message> items = new ArrayList<>();
        for (PbxChannel c : chans) {
            List<String> kv = new ArrayList<>(List.of("Event", "Status", "Privilege", "Call"));
            c.snapshot("", kv);
            kv.addAll(List.of("Type", c.name.substring(0, Math.max(0, c.name.indexOf('/'))), "DNID", "",
                    "EffectiveConnectedLineNum", c.connectedNum, "EffectiveConnectedLineName", c.connectedName,
                    "TimeToHangup", "0", "BridgeID", c.bridgeId, "Application", c.application, "Data", c.appData,
                    "Nativeformats", "(slin)", "Readformat", "slin", "Readtrans", "", "Writeformat", "slin",
                    "Writetrans", "", "Callgroup", "0", "Pickupgroup", "0", "Seconds", Long.toString(c.seconds())));
            if (wanted != null) {
                for (String v : wanted.split(",")) {
                    String val = c.vars.get(v.trim());
                    kv.addAll(List.of("Variable", v.trim() + "=" + (val == null ? "(null)" : val)));
                }
            }
            items.add(idLast(Message.of(kv.toArray(new String[0])), a));
        }
        return list("Channel status", "StatusComplete", items, "Items", Integer.toString(items.size()));
    }

    Reply queueStatus(RecordedAction a) {
        String only = a.get("Queue");
        String member = a.get("Member");
        List<Message> items = new ArrayList<>();
        for (PbxQueue q : pbx.queues.values()) {
            if (only != null && !only.isEmpty() && !only.equals(q.name)) {
                continue;
            }
            items.add(idLast(Message.event("QueueParams", "Queue", q.name, "Max", "0", "Strategy", q.strategy,
                    "Calls", Integer.toString(q.callers.size()), "Holdtime", Integer.toString(q.holdTime()),
                    "TalkTime", Integer.toString(q.talkTime()), "Completed", Integer.toString(q.completed),
                    "Abandoned", Integer.toString(q.abandoned), "ServiceLevel", "30", "ServicelevelPerf", "0.0",
                    "ServicelevelPerf2", "0.0", "Weight", "0"), a));
            for (PbxQueue.Member m : q.members.values()) {
                if (member != null && !member.isEmpty() && !member.equals(m.iface)) {
                    continue;
                }
                List<String> kv = new ArrayList<>(List.of("Event", "QueueMember", "Queue", q.name));
                m.fields(kv, false);
                items.add(idLast(Message.of(kv.toArray(new String[0])), a));
            }
            int pos = 1;
            for (PbxChannel c : q.callers) {
                long wait = (System.currentTimeMillis() - q.joined.getOrDefault(c, System.currentTimeMillis())) / 1000;
                items.add(idLast(Message.event("QueueEntry", "Queue", q.name, "Position", Integer.toString(pos++),
                        "Channel", c.name, "Uniqueid", c.uniqueid, "CallerIDNum", plain(c.callerIdNum),
                        "CallerIDName", plain(c.callerIdName), "ConnectedLineNum", plain(c.connectedNum),
                        "ConnectedLineName", plain(c.connectedName), "Wait", Long.toString(wait), "Priority", "0"), a));
            }
        }
        return ListReply.of("Queue status", "QueueStatusComplete", items);
    }

    Reply queueSummary(RecordedAction a) {
        String only = a.get("Queue");
        List<Message> items = new ArrayList<>();
        for (PbxQueue q : pbx.queues.values()) {
            if (only != null && !only.isEmpty() && !only.equals(q.name)) {
                continue;
            }
            long longest = 0;
            for (Long t : q.joined.values()) {
                longest = Math.max(longest, (System.currentTimeMillis() - t) / 1000);
            }
            items.add(idLast(Message.event("QueueSummary", "Queue", q.name,
                    "LoggedIn", Integer.toString(q.members.size()), "Available", Integer.toString(q.available()),
                    "Callers", Integer.toString(q.callers.size()), "HoldTime", Integer.toString(q.holdTime()),
                    "TalkTime", Integer.toString(q.talkTime()), "LongestHoldTime", Long.toString(longest)), a));
        }
        return ListReply.of("Queue summary", "QueueSummaryComplete", items);
    }

    Reply parkedCalls(RecordedAction a) {
        List<Message> items = new ArrayList<>();
        pbx.parked.forEach((space, c) -> {
            List<String> kv = new ArrayList<>(List.of("Event", "ParkedCall"));
            kv.addAll(pbx.calls.places.parkedFields(c.call, space, false));
            items.add(idLast(Message.of(kv.toArray(new String[0])), a));
        });
        return list("Parked calls", "ParkedCallsComplete", items, "Total", Integer.toString(items.size()));
    }

    Reply confbridgeList(RecordedAction a) {
        String conf = a.get("Conference");
        if (conf == null || conf.isEmpty()) {
            return Reply.error("No Conference name provided.");
        }
        List<PbxChannel> members = pbx.conferences.get(conf);
        if (members == null || members.isEmpty()) {
            return Reply.error("No Conference by that name found.");
        }
        List<Message> items = new ArrayList<>();
        for (PbxChannel c : members) {
            List<String> kv = new ArrayList<>(List.of("Event", "ConfbridgeList", "Conference", conf, "Admin", "No",
                    "MarkedUser", "No", "WaitMarked", "No", "EndMarked", "No", "EndMarkedAny", "No", "Waiting", "No",
                    "Muted", "No", "Talking", "No", "AnsweredTime", Long.toString(c.seconds())));
            c.snapshot("", kv);
            items.add(Message.of(kv.toArray(new String[0])));
        }
        return ListReply.of("Confbridge user list", "ConfbridgeListComplete", items);
    }

    Reply confbridgeListRooms(RecordedAction a) {
        List<Message> items = new ArrayList<>();
        pbx.conferences.forEach((name, members) -> {
            if (!members.isEmpty()) {
                items.add(Message.event("ConfbridgeListRooms", "Conference", name, "Parties",
                        Integer.toString(members.size()), "Marked", "0", "Locked", "No", "Muted", "No"));
            }
        });
        if (items.isEmpty()) {
            return Reply.error("No active conferences.");
        }
        return ListReply.of("Confbridge conferences", "ConfbridgeListRoomsComplete", items);
    }

    private static Reply list(String what, String complete, List<Message> items, String extraKey, String extraValue) {
        return PbxDirectory.list(what, ListReply.complete(complete, items.size()).with(extraKey, extraValue), items);
    }

    /** Puts the ActionID last, as Asterisk does for these items. */
    static Message idLast(Message m, RecordedAction a) {
        return a.actionId() == null ? m : m.with("ActionID", a.actionId());
    }

    private static String plain(String cid) {
        return "<unknown>".equals(cid) ? "unknown" : cid;
    }
}
