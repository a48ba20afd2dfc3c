package dev.amiable.live;

/**
 * The outcome of {@link LivePbx#originate}.
 *
 * @param result  how it ended up
 * @param channel the originated channel as the model saw it once answered (for a Local channel,
 *                the {@code ;1} half), else null
 * @param reason  the {@code Reason} code of the {@code OriginateResponse}, -1 if absent
 */
public record OriginateOutcome(OriginateResult result, LiveChannel channel, int reason) {
}
