package dev.amiable.live;

/**
 * The presence state of one presentity. Immutable.
 *
 * @param presentity e.g. {@code CustomPresence:200}
 * @param status     e.g. {@code available}, {@code away}, {@code dnd}
 * @param subtype    subtype, or null
 * @param message    message, or null
 */
public record LivePresenceState(String presentity, String status, String subtype, String message) {
}
