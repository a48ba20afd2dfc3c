package dev.amiable.live;

import java.util.List;

/**
 * A queue with its parameters, members and waiting callers. Immutable; built by the model only
 * (the canonical constructor is not API). Counters start from the last {@code QueueStatus} and
 * are then kept up to date from events (completed on {@code AgentComplete}, abandoned on
 * {@code QueueCallerAbandon}).
 *
 * @param name        queue name
 * @param strategy    strategy, e.g. {@code ringall}, or null
 * @param max         maximum callers (0 = no limit), -1 when not known
 * @param holdTime    average hold time in seconds, -1 when not known
 * @param talkTime    average talk time in seconds, -1 when not known
 * @param completed   calls completed
 * @param abandoned   calls abandoned
 * @param serviceLevel service level in seconds, -1 when not known
 * @param weight      queue weight, -1 when not known
 * @param members     members, in the order they were learned
 * @param callers     waiting callers by position
 */
public record LiveQueue(String name, String strategy, int max, int holdTime, int talkTime, int completed,
                        int abandoned, int serviceLevel, int weight, List<LiveQueueMember> members,
                        List<LiveQueueCaller> callers) {

    /** The member with this interface, or null. */
    public LiveQueueMember member(String interfaceName) {
        for (LiveQueueMember m : members) {
            if (m.interfaceName().equals(interfaceName)) {
                return m;
            }
        }
        return null;
    }
}
