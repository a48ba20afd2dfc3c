package dev.amiable.live;

import java.util.List;
import java.util.Set;

/**
 * A ConfBridge conference with its users. Immutable; built by the model only (the canonical
 * constructor is not API).
 *
 * @param name       conference name
 * @param locked     locked
 * @param channelIds Uniqueids of its users' channels
 * @param users      its users, in joining order
 */
public record LiveConference(String name, boolean locked, Set<String> channelIds, List<LiveConferenceUser> users) {
}
