package dev.amiable.internal.codec;

/**
 * Bounds on what the decoder accepts from a server.
 *
 * @param maxLineBytes    longest line, terminator excluded
 * @param maxHeaders      most lines in one message
 * @param maxMessageBytes largest message, terminators included
 */
public record DecoderLimits(int maxLineBytes, int maxHeaders, int maxMessageBytes) {
    /** 64 KiB lines, 4,096 lines per message, 4 MiB per message. */
    public static final DecoderLimits DEFAULT = new DecoderLimits(64 * 1024, 4096, 4 * 1024 * 1024);

    public DecoderLimits {
        if (maxLineBytes < 64 || maxHeaders < 1 || maxMessageBytes < maxLineBytes) {
            throw new IllegalArgumentException("limits too small: " + maxLineBytes + "/" + maxHeaders
                    + "/" + maxMessageBytes);
        }
    }
}
