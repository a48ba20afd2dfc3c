package dev.amiable.live;

import java.time.Instant;
import java.util.List;

/**
 * A call: the channels sharing one {@code Linkedid}. It exists while at least one of its channels
 * does. Immutable; built by the model only (the canonical constructor is not API).
 *
 * @param linkedid   the Linkedid
 * @param channels   its channels, oldest first; never empty
 * @param started    when its first channel was created
 * @param answered   when its first channel went Up, or null
 * @param links      which of its channels talk to which channel (the other may belong to
 *                   another call), only through talking bridges; Local {@code ;1}/{@code ;2}
 *                   halves are not links (see {@link LiveChannel#localPeer()})
 */
public record LiveCall(String linkedid, List<LiveChannel> channels, Instant started, Instant answered,
                       List<LiveLink> links) {

    /** The channels that are real endpoints: every channel that is not a Local half. */
    public List<LiveChannel> parties() {
        return channels.stream().filter(c -> !c.isLocal()).toList();
    }
}
