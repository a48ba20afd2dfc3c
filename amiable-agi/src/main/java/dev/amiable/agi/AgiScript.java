package dev.amiable.agi;

/**
 * Call logic: runs once per AGI session, on its own thread (a virtual thread on Java 21+), with
 * the channel to drive and the request that started it. When it returns, the session ends
 * (FastAGI: the socket closes and the dialplan continues; AsyncAGI: {@code ASYNCAGI BREAK}). An
 * exception it throws ends the session the same way and is logged as one line holding the
 * path, channel, unique id and exception class, never its message or values.
 */
@FunctionalInterface
public interface AgiScript {
    void service(AgiChannel channel, AgiRequest request) throws Exception;
}
