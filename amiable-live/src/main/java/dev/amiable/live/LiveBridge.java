package dev.amiable.live;

import java.util.Set;

/**
 * A bridge. Immutable; built by the model only (the canonical constructor is not API).
 *
 * @param id         {@code BridgeUniqueid}
 * @param type       {@code BridgeType}, e.g. {@code basic}, {@code holding}
 * @param technology {@code BridgeTechnology}, e.g. {@code simple_bridge}, {@code holding_bridge}
 * @param creator    {@code BridgeCreator}, e.g. {@code ConfBridge}, {@code Parking}, or null
 * @param name       {@code BridgeName}, or null
 * @param channelIds Uniqueids of the channels in it
 */
public record LiveBridge(String id, String type, String technology, String creator, String name,
                         Set<String> channelIds) {

    /**
     * True when channels in this bridge talk to each other: not a holding bridge (music on hold,
     * parking lots, queue holding, ...). Only talking bridges make {@link LiveLink}s.
     */
    public boolean isTalking() {
        return !"holding".equalsIgnoreCase(type) && !"holding_bridge".equalsIgnoreCase(technology)
                && !"parking".equalsIgnoreCase(type);
    }
}
