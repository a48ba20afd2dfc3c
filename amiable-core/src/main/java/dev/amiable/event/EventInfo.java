package dev.amiable.event;

import java.util.List;
import java.util.Set;

/**
 * Catalogue facts about one event type.
 *
 * @param name            the AMI name as sent on the wire (e.g. {@code Newexten})
 * @param type            the class events of this name arrive as
 * @param since           the versions that introduced it, one per release branch, as documented
 * @param privilege       the privilege class (e.g. {@code call}), or {@code ""} when unknown
 * @param listItem        whether it is an item of a list action's answer
 * @param listComplete    whether it ends a list action's answer
 * @param deprecatedSince the Asterisk version that stopped sending it, or null
 * @param headers         the header names its accessors read (lower case)
 */
public record EventInfo(String name, Class<? extends AmiEvent> type, List<String> since, String privilege,
        boolean listItem, boolean listComplete, String deprecatedSince, Set<String> headers) {
}
