package dev.amiable.internal.codec;

import dev.amiable.AmiProtocolException;

/** Receives what the decoder finds, in stream order, on the decoding thread. */
public interface FrameSink {
    /** A complete message. */
    void onFrame(Frame frame);

    /** The greeting line, e.g. {@code Asterisk Call Manager/11.0.0}, without its line end. */
    void onBanner(String banner);

    /**
     * A message that broke a limit. The decoder has already skipped to the next blank line and
     * goes on with the message after it.
     */
    void onError(AmiProtocolException error);

    /**
     * A response that broke a limit (for instance a command output over
     * {@link DecoderLimits#maxOutputBytes()}), skipped like any other such message.
     * {@code actionId} is the one it carried before the limit, or null if none came.
     * By default reported as {@link #onError}.
     */
    default void onResponseError(AmiProtocolException error, String actionId) {
        onError(error);
    }
}
