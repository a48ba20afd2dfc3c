package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A simulated call queue with members and waiting callers. Guarded by the {@link Pbx} lock. */
final class PbxQueue {
    /** One member (agent) of a queue. */
    static final class Member {
        final String name;
        final String iface;
        final String membership;
        int penalty;
        int callsTaken;
        long lastCall;
        long lastPause;
        final long loginTime = System.currentTimeMillis() / 1000;
        boolean inCall;
        boolean ringing;
        boolean paused;
        String pausedReason = "";

        Member(String name, String iface, String membership, int penalty) {
            this.name = name;
            this.iface = iface;
            this.membership = membership;
            this.penalty = penalty;
        }

        /** Device state number as QueueMember writes it: 1 not in use, 2 in use, 6 ringing. */
        int status() {
            return ringing ? 6 : inCall ? 2 : 1;
        }

        boolean available() {
            return !paused && !inCall && !ringing;
        }

        /** Member fields shared by QueueMember* events, after {@code Queue}. */
        void fields(List<String> kv, boolean event) {
            PbxChannel.add(kv, event ? "MemberName" : "Name", name);
            PbxChannel.add(kv, event ? "Interface" : "Location", iface);
            PbxChannel.add(kv, "StateInterface", iface);
            PbxChannel.add(kv, "Membership", membership);
            PbxChannel.add(kv, "Penalty", Integer.toString(penalty));
            PbxChannel.add(kv, "CallsTaken", Integer.toString(callsTaken));
            PbxChannel.add(kv, "LastCall", Long.toString(lastCall));
            PbxChannel.add(kv, "LastPause", Long.toString(lastPause));
            PbxChannel.add(kv, "LoginTime", Long.toString(loginTime));
            PbxChannel.add(kv, "InCall", inCall ? "1" : "0");
            PbxChannel.add(kv, "Status", Integer.toString(status()));
            PbxChannel.add(kv, "Paused", paused ? "1" : "0");
            PbxChannel.add(kv, "PausedReason", pausedReason);
            if (event) {
                PbxChannel.add(kv, "Ringinuse", "0");
            }
            PbxChannel.add(kv, "Wrapuptime", "0");
        }
    }

    final String name;
    final String strategy;
    final Map<String, Member> members = new LinkedHashMap<>();
    final List<PbxChannel> callers = new ArrayList<>();
    final Map<PbxChannel, Long> joined = new LinkedHashMap<>();
    int completed;
    int abandoned;
    long holdTimeTotal;
    long talkTimeTotal;
    int rotor;

    PbxQueue(String name, String strategy) {
        this.name = name;
        this.strategy = strategy;
    }

    /** The next available member in round-robin order, or null. */
    Member nextAvailable() {
        List<Member> list = new ArrayList<>(members.values());
        for (int i = 0; i < list.size(); i++) {
            Member m = list.get((rotor + i) % list.size());
            if (m.available()) {
                rotor = (rotor + i + 1) % list.size();
                return m;
            }
        }
        return null;
    }

    int available() {
        int n = 0;
        for (Member m : members.values()) {
            if (m.available()) {
                n++;
            }
        }
        return n;
    }

    int holdTime() {
        return completed == 0 ? 0 : (int) (holdTimeTotal / completed);
    }

    int talkTime() {
        return completed == 0 ? 0 : (int) (talkTimeTotal / completed);
    }
}
