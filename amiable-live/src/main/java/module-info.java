/**
 * Amiable live: the state of a PBX (channels, calls, bridges, queues, agents, parked calls,
 * conferences, device/extension/presence states) kept equal to the server's from AMI events and
 * list actions. Only {@code dev.amiable.live} is API.
 */
module dev.amiable.live {
    requires transitive dev.amiable;

    exports dev.amiable.live;
}
