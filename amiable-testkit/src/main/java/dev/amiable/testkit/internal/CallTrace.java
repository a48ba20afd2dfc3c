package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detail a real Asterisk 22 reports around the events of {@link CallFlow} and
 * {@link QueueFlow}, when switched on: CEL records (CHAN_START, ANSWER, BRIDGE_ENTER/EXIT,
 * HANGUP, CHAN_END, LINKEDID_END), one Newexten per dialplan priority, the VarSets of Set(),
 * Dial() and Queue(), DeviceStateChange of Local devices and queues, SoftHangupRequest, a Cdr per
 * channel, DialBegin/DialEnd of the originating dial, LocalBridge of the agents' Local pairs,
 * DialState, NewCallerid, NewConnectedLine and music on hold while a caller waits. It watches the
 * primary events as {@link Pbx#emit} sends them and adds its own before or after each, so the
 * call flows stay as they are. The event-type mix it gives is measured against the captured busy
 * period by {@code EventMixTest}. Runs under the {@link Pbx} lock.
 */
final class CallTrace {
    private static final String[] QUEUE_VARS = {"QUEUENAME", "QUEUEMAX", "QUEUESTRATEGY", "QUEUECALLS",
        "QUEUEHOLDTIME", "QUEUETALKTIME", "QUEUECOMPLETED", "QUEUEABANDONED", "QUEUESRVLEVEL", "QUEUESRVLEVELPERF"};

    private final Pbx pbx;
    private final Map<String, PbxChannel> live = new HashMap<>();
    private final Set<PbxChannel> onHold = new HashSet<>();
    private boolean inside;

    CallTrace(Pbx pbx) {
        this.pbx = pbx;
    }

    /** Sends {@code primary} with this trace's events around it; the trace's own events pass straight. */
    void around(String event, List<String> kv, Runnable primary) {
        if (inside) {
            primary.run();
            return;
        }
        inside = true;
        try {
            PbxChannel c = channel(kv, "Channel");
            before(event, c, kv);
            primary.run();
            after(event, c, kv);
        } finally {
            inside = false;
        }
    }

    private PbxChannel channel(List<String> kv, String key) {
        String name = value(kv, key);
        if (name == null) {
            return null;
        }
        PbxChannel c = pbx.channels.get(name);
        return c != null ? c : live.get(name);
    }

    private void before(String event, PbxChannel c, List<String> kv) {
        Call call = c == null ? null : c.call;
        switch (event) {
            case "Newchannel":
                live.put(c.name, c);
                cel("CHAN_START", c, "");
                break;
            case "Newstate":
                if (call != null && c == call.agentTwo && c.state == 6) {
                    step(c, "Answer", "");
                }
                break;
            case "QueueCallerLeave":
                if (onHold.remove(c)) {
                    pbx.emitChannel("MusicOnHoldStop", "call,all", c);
                }
                break;
            case "DialEnd":
                if (call != null && c == call.two && call.agentOne != null) {
                    vars(c, "DIALEDPEERNAME", call.agentOne.name, "RINGTIME", "0", "RINGTIME_MS", "500");
                }
                break;
            case "AgentComplete":
                vars(c, "DIALSTATUS", "ANSWER", "ANSWEREDTIME", Long.toString(seconds(call.agentAnsweredMillis)),
                        "ANSWEREDTIME_MS", Long.toString(System.currentTimeMillis() - call.agentAnsweredMillis),
                        "DIALEDTIME", Long.toString(seconds(call.joinedMillis)),
                        "DIALEDTIME_MS", Long.toString(System.currentTimeMillis() - call.joinedMillis),
                        "QUEUEWAIT", "0", "QUEUEWAIT_MS", "0");
                break;
            case "OriginateResponse":
                PbxChannel one = channel(kv, "Channel");
                if (one != null && "Success".equals(value(kv, "Response")) && one.call != null && one.call.two != null) {
                    pbx.emit("DialEnd", "call,all", dest(one, "DialStatus", "ANSWER"));
                }
                break;
            case "Hangup":
                if (call != null && c.state == 6 && (c == call.two || c == call.agentTwo)) {
                    if (onHold.remove(c)) {
                        pbx.emitChannel("MusicOnHoldStop", "call,all", c);
                    }
                    step(c, "Hangup", "");
                    pbx.emitChannel("SoftHangupRequest", "call,all", c, "Cause", "16");
                    if (c == call.agentTwo && pbx.channels.containsKey(call.agentOne.name)) {
                        pbx.emitChannel("HangupRequest", "call,all", call.agentOne, "Cause", "16");
                    }
                }
                break;
            default:
                break;
        }
    }

    private void after(String event, PbxChannel c, List<String> kv) {
        Call call = c == null ? null : c.call;
        switch (event) {
            case "Newchannel":
                device(c, "INUSE");
                if (call != null && c == call.agentTwo) {
                    List<String> pair = new ArrayList<>();
                    call.agentOne.snapshot("LocalOne", pair);
                    c.snapshot("LocalTwo", pair);
                    pair.addAll(List.of("Context", c.context, "Exten", c.exten, "LocalOptimization", "No"));
                    pbx.emit("LocalBridge", "call,all", pair);
                    step(call.agentOne, "AppQueue", "(Outgoing Line)");
                    step(c, "NoOp", "queue member " + c.exten);
                }
                break;
            case "LocalBridge":
                PbxChannel one = channel(kv, "LocalOneChannel");
                if (one != null && one.call != null && one == one.call.one) {
                    pbx.emit("DialBegin", "call,all", dest(one, "DialString", one.exten + "@" + one.context));
                    prelude(one.call.two);
                }
                break;
            case "Newexten":
                if (call != null && c == call.two && call.queue == null && "Wait".equals(value(kv, "Application"))) {
                    selfService(c);
                }
                break;
            case "Newstate":
                if (c.state == 6) {
                    cel("ANSWER", c, "");
                } else if (call != null && c == call.agentOne && c.state == 5) {
                    List<String> dial = new ArrayList<>();
                    call.two.snapshot("", dial);
                    dial.addAll(dest(c, "DialStatus", "RINGING"));
                    pbx.emit("DialState", "call,all", dial);
                }
                break;
            case "QueueCallerJoin":
                PbxQueue q = call.queue;
                String[] values = {q.name, "0", q.strategy, Integer.toString(q.callers.size()),
                    Integer.toString(q.holdTime()), Integer.toString(q.talkTime()), Integer.toString(q.completed),
                    Integer.toString(q.abandoned), "30", "0.0"};
                for (int i = 0; i < QUEUE_VARS.length; i++) {
                    vars(c, QUEUE_VARS[i], values[i]);
                }
                if (q.available() == 0) {
                    onHold.add(c);
                    pbx.emitChannel("MusicOnHoldStart", "call,all", c, "Class", "default");
                }
                break;
            case "QueueMemberStatus":
                PbxQueue changed = pbx.queues.get(value(kv, "Queue"));
                if (changed != null) {
                    pbx.device("Queue:" + changed.name + "_avail", changed.available() > 0 ? "NOT_INUSE" : "INUSE");
                }
                break;
            case "DialBegin":
                if (call != null && c == call.two && call.member != null) {
                    vars(c, "DIALEDPEERNUMBER", call.member.iface.substring(call.member.iface.indexOf('/') + 1));
                }
                break;
            case "BridgeEnter":
                PbxBridge b = pbx.bridges.get(value(kv, "BridgeUniqueid"));
                cel("BRIDGE_ENTER", c, bridgeExtra(kv));
                if (b != null && b.channels.size() == 2) {
                    vars(b.channels.get(0), "BRIDGEPEER", b.channels.get(1).name);
                    vars(b.channels.get(1), "BRIDGEPEER", b.channels.get(0).name);
                }
                break;
            case "BridgeLeave":
                cel("BRIDGE_EXIT", c, bridgeExtra(kv));
                break;
            case "AgentConnect":
                vars(c, "MEMBERINTERFACE", call.member.iface, "MEMBERNAME", call.member.name);
                c.connectedNum = call.agentTwo.exten;
                c.connectedName = call.member.name;
                pbx.emitChannel("NewConnectedLine", "call,all", c);
                step(call.agentTwo, "Wait", "3");
                break;
            case "Hangup":
                String cause = value(kv, "Cause");
                cel("HANGUP", c, "{\"hangupcause\":" + cause + ",\"hangupsource\":\"\",\"dialstatus\":\"\"}");
                cel("CHAN_END", c, "");
                if (call != null && c == call.one) {
                    cel("LINKEDID_END", c, "");
                }
                device(c, "NOT_INUSE");
                if (call != null && c != call.one) {
                    pbx.calls.cdr(c, "", c.answeredMillis > 0 || c.state == 6 ? "ANSWERED" : "NO ANSWER");
                }
                live.remove(c.name);
                break;
            default:
                break;
        }
    }

    /** The caller's dialplan before Answer: a NoOp and a Set that names the caller. */
    private void prelude(PbxChannel c) {
        step(c, "NoOp", "call centre caller");
        step(c, "Set", "CALLERID(name)=Customer " + c.call.one.callerIdNum);
        c.callerIdName = "Customer " + c.call.one.callerIdNum;
        c.callerIdNum = c.call.one.callerIdNum;
        pbx.emitChannel("NewCallerid", "call,all", c, "CID-CallingPres", "0 (Presentation Allowed, Not Screened)");
    }

    /** A caller who stays in the voice menu: a prompt, then music until the end of the call. */
    private void selfService(PbxChannel c) {
        step(c, "Playback", "custom/menu");
        cel("STREAM_BEGIN", c, "");
        cel("STREAM_END", c, "");
        vars(c, "PLAYBACKSTATUS", "SUCCESS");
        step(c, "Set", "MENU_CHOICE=none");
        vars(c, "MENU_CHOICE", "none");
        step(c, "MusicOnHold", "default");
        onHold.add(c);
        pbx.emitChannel("MusicOnHoldStart", "call,all", c, "Class", "default");
    }

    /** One dialplan priority: Newexten at the channel's priority, which then moves on. */
    private void step(PbxChannel c, String app, String data) {
        c.application = app;
        c.appData = data;
        pbx.emitChannel("Newexten", "dialplan,all", c, "Extension", c.exten, "Application", app, "AppData", data);
        c.priority++;
    }

    private void vars(PbxChannel c, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            c.vars.put(namesAndValues[i], namesAndValues[i + 1]);
            pbx.emitChannel("VarSet", "dialplan,all", c, "Variable", namesAndValues[i], "Value", namesAndValues[i + 1]);
        }
    }

    /** The Local device of a channel ({@code Local/1001@scenario}), announced and recorded for DeviceStateList. */
    private void device(PbxChannel c, String state) {
        int dash = c.name.lastIndexOf('-');
        String device = c.name.startsWith("Local/") && dash > 0 ? c.name.substring(0, dash) : c.name;
        pbx.devices.put(device, state);
        pbx.emit("DeviceStateChange", "call,all", List.of("Device", device, "State", state));
    }

    private void cel(String name, PbxChannel c, String extra) {
        String num = "<unknown>".equals(c.callerIdNum) ? "" : c.callerIdNum;
        pbx.emit("CEL", "call,all", List.of("EventName", name, "AccountCode", c.accountCode, "CallerIDnum", num,
                "CallerIDname", "<unknown>".equals(c.callerIdName) ? "" : c.callerIdName, "CallerIDani", num,
                "CallerIDrdnis", "", "CallerIDdnid", "", "Exten", c.exten, "Context", c.context, "Channel", c.name,
                "Application", c.application, "AppData", c.appData, "EventTime", CallFlow.time(System.currentTimeMillis()),
                "AMAFlags", "DOCUMENTATION", "UniqueID", c.uniqueid, "LinkedID", c.linkedid, "Userfield", "",
                "Peer", "", "PeerAccount", "", "Extra", extra));
    }

    private static List<String> dest(PbxChannel c, String... extra) {
        List<String> kv = new ArrayList<>();
        c.snapshot("Dest", kv);
        kv.addAll(List.of(extra));
        return kv;
    }

    private static String bridgeExtra(List<String> kv) {
        return "{\"bridge_id\":\"" + value(kv, "BridgeUniqueid") + "\",\"bridge_technology\":\""
                + value(kv, "BridgeTechnology") + "\"}";
    }

    private static long seconds(long sinceMillis) {
        return sinceMillis == 0 ? 0 : (System.currentTimeMillis() - sinceMillis) / 1000;
    }

    private static String value(List<String> kv, String key) {
        for (int i = 0; i + 1 < kv.size(); i += 2) {
            if (kv.get(i).equals(key)) {
                return kv.get(i + 1);
            }
        }
        return null;
    }
}
