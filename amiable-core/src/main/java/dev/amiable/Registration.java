package dev.amiable;

/** A registered listener; {@link #close()} removes it. Closing twice is harmless. */
public interface Registration extends AutoCloseable {
    @Override
    void close();
}
