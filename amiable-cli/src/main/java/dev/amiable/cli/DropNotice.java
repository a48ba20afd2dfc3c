package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.ConnectionListener;
import dev.amiable.OverflowEpisode;
import java.io.PrintWriter;

/**
 * Tells the user on stderr when events were lost because the command could not keep up (output
 * too slow, a terminal that blocks): one line per episode of drops, with the count and the time
 * span, so that stdout stays clean for pipes. Hook it in with {@link #watch}.
 */
final class DropNotice implements ConnectionListener {
    private final PrintWriter err;

    DropNotice(PrintWriter err) {
        this.err = err;
    }

    /** Reports the drops of {@code client} on {@code err} until the client is closed. */
    static void watch(AmiClient client, PrintWriter err) {
        client.addConnectionListener(new DropNotice(err));
    }

    @Override
    public void onOverflow(OverflowEpisode episode) {
        err.println(line(episode));
        err.flush();
    }

    /** The stderr line for one episode. */
    static String line(OverflowEpisode e) {
        return "amiable: " + e.dropped() + " event(s) dropped in " + e.span().toMillis()
                + " ms: this command fell behind the server; they are missing from the output";
    }
}
