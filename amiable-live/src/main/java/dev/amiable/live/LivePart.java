package dev.amiable.live;

/**
 * The parts of the model, each rebuilt by its own list actions. A part the user may not list
 * (e.g. {@code Permission denied}, or the Asterisk module is not loaded) is
 * {@linkplain PbxSnapshot#unavailable() unavailable}: it stays empty while the other parts work.
 */
public enum LivePart {
    /** Channels and calls: {@code CoreShowChannels} (read class {@code call} or {@code reporting}). */
    CHANNELS,
    /** Bridges: {@code BridgeList} and {@code BridgeInfo} (read class {@code call} or {@code reporting}). */
    BRIDGES,
    /** Queues: {@code QueueStatus} (read class {@code agent}; {@code app_queue}). */
    QUEUES,
    /** Agents: {@code Agents} (read class {@code agent}; {@code app_agent_pool}). */
    AGENTS,
    /** Parked calls: {@code ParkedCalls} (read class {@code call}; {@code res_parking}). */
    PARKING,
    /** ConfBridge conferences: {@code ConfbridgeListRooms} and {@code ConfbridgeList} ({@code app_confbridge}). */
    CONFERENCES,
    /** Device states: {@code DeviceStateList} (read class {@code call} or {@code reporting}). */
    DEVICE_STATES,
    /** Extension (hint) states: {@code ExtensionStateList} (read class {@code call} or {@code reporting}). */
    EXTENSION_STATES,
    /** Presence states: {@code PresenceStateList} (read class {@code call} or {@code reporting}). */
    PRESENCE_STATES
}
