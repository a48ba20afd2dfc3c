package dev.amiable.live;

/**
 * An {@code app_agent_pool} agent. Immutable; built by the model only (the canonical constructor
 * is not API).
 *
 * @param agent       the agent id
 * @param name        agent name, or null
 * @param status      {@code AGENT_LOGGEDOFF}, {@code AGENT_IDLE}, {@code AGENT_ONCALL} (as sent)
 * @param channelId   Uniqueid of the agent's logged-in channel, or null
 * @param talkingToId Uniqueid of the channel the agent talks to, or null
 */
public record LiveAgent(String agent, String name, String status, String channelId, String talkingToId) {

    /** True unless logged off. */
    public boolean loggedIn() {
        return status != null && !"AGENT_LOGGEDOFF".equalsIgnoreCase(status);
    }
}
