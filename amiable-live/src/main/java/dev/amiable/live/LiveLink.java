package dev.amiable.live;

/**
 * Two channels that talk to each other: both are in the same talking bridge (a basic bridge,
 * never a holding or parking bridge).
 *
 * @param bridgeId the talking bridge
 * @param channelA Uniqueid of one channel
 * @param channelB Uniqueid of the other
 */
public record LiveLink(String bridgeId, String channelA, String channelB) {
}
