package dev.amiable.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A simulated bridge (basic, simple_bridge). Guarded by the {@link Pbx} lock. */
final class PbxBridge {
    final String id;
    final String type;
    final String technology;
    final String creator;
    final String name;
    final List<PbxChannel> channels = new ArrayList<>();

    PbxBridge(UUID id, String type, String technology, String creator, String name) {
        this.id = id.toString();
        this.type = type;
        this.technology = technology;
        this.creator = creator;
        this.name = name;
    }

    /** The bridge snapshot fields, in Asterisk's order. */
    void snapshot(List<String> kv) {
        PbxChannel.add(kv, "BridgeUniqueid", id);
        PbxChannel.add(kv, "BridgeType", type);
        PbxChannel.add(kv, "BridgeTechnology", technology);
        PbxChannel.add(kv, "BridgeCreator", creator);
        PbxChannel.add(kv, "BridgeName", name);
        PbxChannel.add(kv, "BridgeNumChannels", Integer.toString(channels.size()));
        PbxChannel.add(kv, "BridgeVideoSourceMode", "none");
    }
}
