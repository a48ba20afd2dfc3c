package dev.amiable.spring.internal;

/** Live state (amiable-live) for a server, when kept. */
final class LiveSupport {
    private LiveSupport() {
    }

    /** Whether the server's live state is synced; null when no live state is kept. */
    static Boolean synced(ServerEntry s) {
        return null;
    }
}
