/**
 * Amiable AGI: a FastAGI server and AsyncAGI over an {@code AmiClient}, running
 * {@link dev.amiable.agi.AgiScript}s with typed AGI commands. Only {@code dev.amiable.agi} is API.
 */
module dev.amiable.agi {
    requires transitive dev.amiable;

    exports dev.amiable.agi;
}
