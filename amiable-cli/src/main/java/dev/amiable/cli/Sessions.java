package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.AmiResponse;
import dev.amiable.action.GenericAction;

/** Small steps the streaming commands share. */
final class Sessions {
    private Sessions() {
    }

    /**
     * Turns events on once the listeners are in place (the client logged in with events off, so
     * the stream starts at a clean point, without the login's own FullyBooted), then pings: once
     * the server has the Ping, every event it sends reaches the listeners.
     */
    static void ready(AmiClient client, String eventMask) throws Exception {
        AmiResponse m = client.setEventMask(eventMask).get();
        if (!m.isSuccess()) {
            throw new dev.amiable.AmiActionException("Events", m);
        }
        AmiResponse r = client.send(GenericAction.of("Ping")).get();
        if (!r.isSuccess()) {
            throw new dev.amiable.AmiActionException("Ping", r);
        }
    }
}
