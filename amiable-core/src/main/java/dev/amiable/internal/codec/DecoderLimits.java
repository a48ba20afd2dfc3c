package dev.amiable.internal.codec;

/**
 * Bounds on what the decoder accepts from a server.
 *
 * @param maxLineBytes    longest header line, terminator excluded
 * @param maxHeaders      most header lines in one message (command output lines not counted)
 * @param maxMessageBytes largest message, terminators included, command output not counted
 * @param maxOutputBytes  most bytes of command output in one response (both formats)
 */
public record DecoderLimits(int maxLineBytes, int maxHeaders, int maxMessageBytes, long maxOutputBytes) {
    /** The default command output bound: 64 MiB. */
    public static final long DEFAULT_OUTPUT_BYTES = 64L * 1024 * 1024;
    /** 64 KiB lines, 4,096 lines per message, 4 MiB per message, 64 MiB of command output. */
    public static final DecoderLimits DEFAULT = new DecoderLimits(64 * 1024, 4096, 4 * 1024 * 1024);

    public DecoderLimits {
        if (maxLineBytes < 64 || maxHeaders < 1 || maxMessageBytes < maxLineBytes || maxOutputBytes < 1
                || maxOutputBytes + maxMessageBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("limits out of range: " + maxLineBytes + "/" + maxHeaders
                    + "/" + maxMessageBytes + "/" + maxOutputBytes);
        }
    }

    /** With the default command output bound. */
    public DecoderLimits(int maxLineBytes, int maxHeaders, int maxMessageBytes) {
        this(maxLineBytes, maxHeaders, maxMessageBytes, DEFAULT_OUTPUT_BYTES);
    }
}
