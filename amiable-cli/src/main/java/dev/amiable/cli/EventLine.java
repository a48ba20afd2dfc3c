package dev.amiable.cli;

import dev.amiable.event.AmiEvent;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The human one-line form of an event: time, name, then the headers that say the most
 * (channel, queue, cause, …), for {@code tail} and {@code demo}.
 */
public final class EventLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final String[] KEY_FIELDS = {"Channel", "DestChannel", "Queue", "Interface", "CallerIDNum",
        "ChannelStateDesc", "Position", "Count", "HoldTime", "TalkTime", "DialStatus", "Cause", "Cause-txt",
        "Status", "Peer", "PeerStatus", "Device", "State", "BridgeUniqueid", "Variable", "Value", "Application",
        "AppData", "UserEvent", "Message"};
    private static final int FALLBACK_FIELDS = 4;

    private EventLine() {
    }

    /** {@code 12:00:01.234 Hangup  Channel=PJSIP/100-00000001 Cause=16 Cause-txt=Normal Clearing}. */
    public static String format(AmiEvent e) {
        StringBuilder sb = new StringBuilder(120);
        sb.append(LocalTime.now().format(TIME)).append(' ');
        String name = e.name();
        sb.append(name);
        for (int pad = name.length(); pad < 22; pad++) {
            sb.append(' ');
        }
        int shown = 0;
        for (String k : KEY_FIELDS) {
            String v = e.get(k);
            if (k.equals("ChannelStateDesc") && !name.equalsIgnoreCase("Newstate")
                    && !name.equalsIgnoreCase("Newchannel")) {
                continue;
            }
            if (v != null && !v.isEmpty() && !v.equals("<unknown>")) {
                sb.append(' ').append(k).append('=').append(v);
                shown++;
            }
        }
        if (shown == 0) {
            for (int i = 0; i < e.size() && shown < FALLBACK_FIELDS; i++) {
                String k = e.key(i);
                if (k.equalsIgnoreCase("Event") || k.equalsIgnoreCase("Privilege") || k.equalsIgnoreCase("Timestamp")) {
                    continue;
                }
                sb.append(' ').append(k).append('=').append(e.value(i));
                shown++;
            }
        }
        return sb.toString().stripTrailing();
    }
}
