package dev.amiable.cli;

import dev.amiable.event.AmiEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a stream of events says about calls and queues: live channels grouped into calls by
 * {@code Linkedid}, calls completed, callers waiting per queue, agents busy, callers who gave
 * up. Fed from one thread (the event dispatcher); {@link #summary()} may be read from another.
 */
final class CallStats {
    private final Map<String, String> channels = new HashMap<>(); // Uniqueid -> Linkedid
    private final Map<String, Integer> callChannels = new HashMap<>(); // Linkedid -> live channels
    private final Map<String, Integer> waiting = new TreeMap<>();
    private final Set<String> busyAgents = new HashSet<>();
    private long completed;
    private long abandoned;
    private long answered;
    private long events;

    synchronized void accept(AmiEvent e) {
        events++;
        String name = e.name();
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "newchannel": {
                String uid = e.get("Uniqueid");
                String linked = e.get("Linkedid") != null ? e.get("Linkedid") : uid;
                if (uid != null && channels.putIfAbsent(uid, linked) == null) {
                    callChannels.merge(linked, 1, Integer::sum);
                }
                break;
            }
            case "hangup": {
                String linked = channels.remove(String.valueOf(e.get("Uniqueid")));
                if (linked != null && callChannels.merge(linked, -1, Integer::sum) <= 0) {
                    callChannels.remove(linked);
                    completed++;
                }
                break;
            }
            case "queuecallerjoin":
            case "queuecallerleave":
                if (e.get("Queue") != null && e.getInt("Count") >= 0) {
                    waiting.put(e.get("Queue"), e.getInt("Count"));
                }
                break;
            case "agentconnect":
                answered++;
                busyAgents.add(agent(e));
                break;
            case "agentcomplete":
                busyAgents.remove(agent(e));
                break;
            case "queuecallerabandon":
                abandoned++;
                break;
            default:
                break;
        }
    }

    private static String agent(AmiEvent e) {
        String i = e.get("Interface");
        return i != null ? i : String.valueOf(e.get("MemberName"));
    }

    synchronized long events() {
        return events;
    }

    synchronized int activeCalls() {
        return callChannels.size();
    }

    synchronized long completed() {
        return completed;
    }

    synchronized int waitingTotal() {
        return waiting.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int agentsBusy() {
        return busyAgents.size();
    }

    /** One line: {@code active calls 3, completed 12, waiting 2 (sales 1, support 1), agents busy 4, ...}. */
    synchronized String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("active calls ").append(callChannels.size())
          .append(", completed ").append(completed)
          .append(", waiting in queue ").append(waitingTotal());
        if (!waiting.isEmpty()) {
            sb.append(" (");
            boolean first = true;
            for (Map.Entry<String, Integer> w : waiting.entrySet()) {
                sb.append(first ? "" : ", ").append(w.getKey()).append(' ').append(w.getValue());
                first = false;
            }
            sb.append(')');
        }
        sb.append(", agents busy ").append(busyAgents.size())
          .append(", answered ").append(answered)
          .append(", abandoned ").append(abandoned)
          .append(", events ").append(events);
        return sb.toString();
    }
}
