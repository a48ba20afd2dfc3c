package dev.amiable.testkit.internal;

import dev.amiable.Header;
import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The actions that change or read the simulated PBX, with Asterisk 22's texts. Called on the
 * session's thread; takes the {@link Pbx} lock itself (and releases it while a synchronous
 * Originate waits for its answer).
 */
final class PbxActions {
    private final Pbx pbx;
    private final PbxLists lists;
    private final PbxChanges changes;
    private final PbxDirectory directory;
    private final PbxVoicemail voicemail = new PbxVoicemail();
    private final PbxDialplan dialplan;
    private final PbxOriginate originate;

    PbxActions(Pbx pbx) {
        this.pbx = pbx;
        this.lists = new PbxLists(pbx);
        this.changes = new PbxChanges(pbx);
        this.directory = new PbxDirectory(pbx);
        this.dialplan = new PbxDialplan(pbx.config);
        this.originate = new PbxOriginate(pbx, dialplan);
        voicemail.devices(pbx.devices);
    }

    Reply handle(ServerSession s, RecordedAction a) {
        String name = a.name().toLowerCase(Locale.ROOT);
        if (name.equals("originate")) {
            return originate.handle(s, a);
        }
        synchronized (pbx) {
            switch (name) {
                case "coreshowchannels": return lists.coreShowChannels(a);
                case "status": return lists.status(a);
                case "queuestatus": return lists.queueStatus(a);
                case "queuesummary": return lists.queueSummary(a);
                case "parkedcalls": return lists.parkedCalls(a);
                case "confbridgelist": return lists.confbridgeList(a);
                case "confbridgelistrooms": return lists.confbridgeListRooms(a);
                case "hangup": return hangup(s, a);
                case "bridgelist": return directory.bridgeList(a);
                case "bridgeinfo": return directory.bridgeInfo(a);
                case "coreshowchannelmap": return directory.coreShowChannelMap(a);
                case "bridgetechnologylist": return directory.bridgeTechnologyList(a);
                case "devicestatelist": return directory.deviceStateList(a);
                case "extensionstatelist": return directory.extensionStateList(a);
                case "presencestatelist": return directory.presenceStateList(a);
                case "parkinglots": return directory.parkinglots(a);
                case "agents": return directory.agents(a);
                case "queuerule": return directory.queueRule(s, a);
                case "showdialplan": return dialplan.showDialPlan(a);
                case "mailboxcount": return voicemail.mailboxCount(a);
                case "mailboxstatus": return voicemail.mailboxStatus(a);
                case "voicemailuserslist": return voicemail.usersList(a);
                default: return changes.handle(name, a);
            }
        }
    }

    static boolean isTrue(String v) {
        if (v == null) {
            return false;
        }
        String s = v.trim().toLowerCase(Locale.ROOT);
        return s.equals("true") || s.equals("yes") || s.equals("1") || s.equals("on") || s.equals("y") || s.equals("t");
    }

    private Reply hangup(ServerSession s, RecordedAction a) {
        String name = a.get("Channel");
        if (name == null || name.isEmpty()) {
            return Reply.error("No channel specified");
        }
        int cause = 16;
        try {
            cause = a.get("Cause") == null ? 16 : Integer.parseInt(a.get("Cause").trim());
        } catch (NumberFormatException ignored) {
            // Normal Clearing
        }
        if (name.length() > 2 && name.startsWith("/") && name.endsWith("/")) {
            Pattern p = Pattern.compile(name.substring(1, name.length() - 1));
            List<Message> items = new ArrayList<>();
            for (PbxChannel c : new ArrayList<>(pbx.channels.values())) {
                if (p.matcher(c.name).find() && pbx.channels.containsKey(c.name)) {
                    items.add(PbxLists.idLast(Message.event("ChannelHungup", "Channel", c.name), a));
                    pbx.calls.hangup(c.call, cause);
                }
            }
            return ListReply.of("Channels hung up", "ChannelsHungupListComplete", items);
        }
        PbxChannel c = pbx.channel(name);
        if (c == null) {
            return Reply.error("No such channel");
        }
        pbx.server.router().reply(s, a, Reply.success("Message", "Channel Hungup")); // answer first, like Asterisk
        pbx.calls.hangup(c.call, cause);
        return Reply.none();
    }

    /** The UserEvent an action asks for: every header but {@code Action}, in order. */
    static Message userEvent(RecordedAction a) {
        List<String> kv = new ArrayList<>(List.of("Event", "UserEvent", "Privilege", "user,all"));
        for (Header h : a.headers()) {
            if (!h.name().equalsIgnoreCase("Action")) {
                kv.add(h.name());
                kv.add(h.value());
            }
        }
        return Message.of(kv.toArray(new String[0]));
    }
}
