package dev.amiable.live;

/**
 * A user of a ConfBridge conference. Immutable; built by the model only (the canonical
 * constructor is not API).
 *
 * @param uniqueid the user's channel Uniqueid
 * @param channel  the user's channel name
 * @param admin    joined as admin
 * @param marked   joined as a marked user
 * @param muted    muted
 * @param talking  talking right now (only reported when talk detection is on)
 */
public record LiveConferenceUser(String uniqueid, String channel, boolean admin, boolean marked,
                                 boolean muted, boolean talking) {
}
