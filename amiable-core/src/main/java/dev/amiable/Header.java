package dev.amiable;

/**
 * One header line of a message, as received.
 *
 * @param name  the key as the server spelled it ({@code ""} for a line without a colon)
 * @param value the value after the first colon and one space, decoded as UTF-8 leniently
 */
public record Header(String name, String value) {
    @Override
    public String toString() {
        return name + ": " + value;
    }
}
