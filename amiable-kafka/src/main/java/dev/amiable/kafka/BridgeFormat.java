package dev.amiable.kafka;

/** How a record's value is written. Both formats are read back by {@link AmiEventDeserializer}. */
public enum BridgeFormat {
    /**
     * A JSON envelope, version 1: {@code version}, {@code type} ({@code event} or {@code gap}),
     * {@code server}, {@code epoch}, {@code seq}, {@code received}, {@code event} and
     * {@code headers} (wire order; a repeated key becomes an array of its values at the key's
     * first position). See {@code amiable-kafka/README.md} for the schema.
     */
    JSON,
    /**
     * The event's own bytes as the server sent them, lines and line ends untouched, followed by a
     * CRLF blank line: lossless and compact. A gap record is an AMI-shaped message with
     * {@code Event: AmiableGap}. Server, epoch and sequence travel in the record's headers.
     */
    AMI;

    /** {@code json} or {@code ami}, any case. */
    public static BridgeFormat parse(String text) {
        for (BridgeFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' (json or ami)");
    }
}
