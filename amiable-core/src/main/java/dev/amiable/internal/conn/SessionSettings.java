package dev.amiable.internal.conn;

import dev.amiable.internal.codec.DecoderLimits;

/** What a session needs to know besides its socket; {@code clientId} names its threads. */
record SessionSettings(String peer, DecoderLimits limits, int clientId) {
}
