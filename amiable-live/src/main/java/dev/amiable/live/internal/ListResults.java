package dev.amiable.live.internal;

import dev.amiable.event.AmiEvent;
import dev.amiable.live.LivePart;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the list actions of one resync returned, kept until all have finished. */
final class ListResults {
    final List<AmiEvent> channels = new ArrayList<>();
    final List<AmiEvent> bridges = new ArrayList<>();
    /** BridgeInfo's channel items by bridge id; a bridge whose BridgeInfo failed is absent. */
    final Map<String, List<AmiEvent>> bridgeMembers = new LinkedHashMap<>();
    final List<AmiEvent> queues = new ArrayList<>();
    final List<AmiEvent> agents = new ArrayList<>();
    final List<AmiEvent> parked = new ArrayList<>();
    final List<AmiEvent> rooms = new ArrayList<>();
    /** ConfbridgeList items by conference name. */
    final Map<String, List<AmiEvent>> conferenceUsers = new LinkedHashMap<>();
    final List<AmiEvent> devices = new ArrayList<>();
    final List<AmiEvent> extensions = new ArrayList<>();
    final List<AmiEvent> presences = new ArrayList<>();
    /** Parts whose list the server refused. */
    final Set<LivePart> refused = EnumSet.noneOf(LivePart.class);
    /** Parts whose list failed for another reason (timeout, connection): not trusted this time. */
    final Set<LivePart> failed = EnumSet.noneOf(LivePart.class);

    /** True when the part's lists came back and can be applied. */
    boolean usable(LivePart p) {
        return !refused.contains(p) && !failed.contains(p);
    }
}
