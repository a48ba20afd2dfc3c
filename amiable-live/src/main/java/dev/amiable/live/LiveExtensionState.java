package dev.amiable.live;

/**
 * The state of an extension with a hint. Immutable.
 *
 * @param exten      extension
 * @param context    context
 * @param hint       the hint, e.g. {@code PJSIP/100}, or null
 * @param status     numeric extension status (-1 removed, 0 idle, 1 in use, 2 busy, 4 unavailable,
 *                   8 ringing, 16 on hold; sums combine)
 * @param statusText the status as text, or null
 */
public record LiveExtensionState(String exten, String context, String hint, int status, String statusText) {

    /** The key used by {@link PbxSnapshot#extensionStates()}: {@code exten@context}. */
    public String key() {
        return exten + "@" + context;
    }
}
