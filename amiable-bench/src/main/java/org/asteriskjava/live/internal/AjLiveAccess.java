package org.asteriskjava.live.internal;

import org.asteriskjava.manager.event.StatusEvent;

/**
 * Benchmark access to package-private parts of asterisk-java 3.41.0's Live API. Lives in its
 * package only for that; it changes nothing there and only reads its state or calls its own code.
 */
public final class AjLiveAccess {
    private AjLiveAccess() {
    }

    /**
     * Every channel the server's {@code ChannelManager} holds, hung-up ones included:
     * {@code getChannels()} leaves those out, but they stay in memory until removed.
     */
    public static int heldChannels(AsteriskServerImpl server) {
        synchronized (server.channelManager.channels) {
            return server.channelManager.channels.size();
        }
    }

    /**
     * Hands a {@code Status} item to the channel manager as its initialisation does: the channel
     * is added without the {@code Getvar} wait a {@code Newchannel} costs.
     */
    public static void addFromStatus(AsteriskServerImpl server, StatusEvent status) {
        server.channelManager.handleStatusEvent(status);
    }
}
