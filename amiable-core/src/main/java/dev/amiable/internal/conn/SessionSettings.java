package dev.amiable.internal.conn;

import dev.amiable.internal.codec.DecoderLimits;

/** What a session needs to know besides its socket. */
record SessionSettings(String peer, DecoderLimits limits) {
}
