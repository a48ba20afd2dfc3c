package dev.amiable.live;

import dev.amiable.event.QueueMemberStatus;

/**
 * A member of one queue (the same interface in two queues is two members). Immutable; built by
 * the model only (the canonical constructor is not API).
 *
 * @param queue          the queue's name
 * @param interfaceName  the member's interface, e.g. {@code PJSIP/200} (its key in the queue)
 * @param name           member name, or null
 * @param stateInterface the interface whose device state drives {@code status}, or null
 * @param membership     {@code static}, {@code dynamic} or {@code realtime}, or null
 * @param penalty        penalty, -1 when not known
 * @param callsTaken     calls taken, -1 when not known
 * @param status         device status as the queue sees it
 * @param paused         paused in this queue
 * @param pausedReason   reason given when pausing, or null
 * @param inCall         currently on a call from the queue
 */
public record LiveQueueMember(String queue, String interfaceName, String name, String stateInterface,
                              String membership, int penalty, int callsTaken, QueueMemberStatus status,
                              boolean paused, String pausedReason, boolean inCall) {
}
