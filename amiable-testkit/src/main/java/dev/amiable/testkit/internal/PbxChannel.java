package dev.amiable.testkit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated channel. Mutable; guarded by the {@link Pbx} lock. {@link #snapshot} writes the
 * channel fields Asterisk 22 puts in call events, in its order.
 */
final class PbxChannel {
    static final String[] STATE_DESC = {
        "Down", "Rsrvd", "OffHook", "Dialing", "Ring", "Ringing", "Up", "Busy", "Dialing Offhook", "Pre-ring", "Unknown"
    };

    final String name;
    final String uniqueid;
    final String linkedid;
    final long createdMillis;
    int state;
    String callerIdNum = "<unknown>";
    String callerIdName = "<unknown>";
    String connectedNum = "<unknown>";
    String connectedName = "<unknown>";
    String accountCode = "";
    String context;
    String exten;
    int priority = 1;
    String application = "";
    String appData = "";
    String bridgeId = "";
    /** Set by Hold, cleared by Unhold. */
    boolean onHold;
    long answeredMillis;
    final Map<String, String> vars = new LinkedHashMap<>();
    /** Names shown as {@code ChanVariable} in snapshots. */
    List<String> chanVarNames = List.of();
    /** The call this channel belongs to, for hanging up the whole call. */
    Call call;

    PbxChannel(String name, String uniqueid, String linkedid, int state, String context, String exten) {
        this.name = name;
        this.uniqueid = uniqueid;
        this.linkedid = linkedid;
        this.state = state;
        this.context = context;
        this.exten = exten;
        this.createdMillis = System.currentTimeMillis();
    }

    String stateDesc() {
        return state >= 0 && state < STATE_DESC.length ? STATE_DESC[state] : "Unknown";
    }

    /** Appends the channel snapshot fields with {@code prefix} (e.g. {@code Dest}) to {@code kv}. */
    void snapshot(String prefix, List<String> kv) {
        add(kv, prefix + "Channel", name);
        add(kv, prefix + "ChannelState", Integer.toString(state));
        add(kv, prefix + "ChannelStateDesc", stateDesc());
        add(kv, prefix + "CallerIDNum", callerIdNum);
        add(kv, prefix + "CallerIDName", callerIdName);
        add(kv, prefix + "ConnectedLineNum", connectedNum);
        add(kv, prefix + "ConnectedLineName", connectedName);
        add(kv, prefix + "Language", "en");
        add(kv, prefix + "AccountCode", accountCode);
        add(kv, prefix + "Context", context);
        add(kv, prefix + "Exten", exten);
        add(kv, prefix + "Priority", Integer.toString(priority));
        add(kv, prefix + "Uniqueid", uniqueid);
        add(kv, prefix + "Linkedid", linkedid);
        for (String v : chanVarNames) {
            add(kv, prefix + "ChanVariable", v + "=" + vars.getOrDefault(v, ""));
        }
    }

    /** {@code hh:mm:ss} since creation, as CoreShowChannel writes it. */
    String durationText() {
        long s = (System.currentTimeMillis() - createdMillis) / 1000;
        return String.format("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    long seconds() {
        return (System.currentTimeMillis() - createdMillis) / 1000;
    }

    static void add(List<String> kv, String k, String v) {
        kv.add(k);
        kv.add(v == null ? "" : v);
    }
}
