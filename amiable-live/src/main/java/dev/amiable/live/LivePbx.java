package dev.amiable.live;

import dev.amiable.AmiClient;
import dev.amiable.Registration;
import dev.amiable.action.OriginateAction;
import dev.amiable.live.internal.Engine;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The live state of the PBX behind one {@link AmiClient}.
 *
 * <pre>{@code
 * try (AmiClient ami = AmiClient.connect(options); LivePbx live = LivePbx.attach(ami)) {
 *     PbxSnapshot s = live.synced().get(10, TimeUnit.SECONDS);
 *     for (LiveCall call : s.calls()) { ... }
 * }
 * }</pre>
 *
 * <p><b>How it stays right.</b> On attach, and after every reconnect (or when the client dropped
 * events), it sends each list action of a resync exactly once ({@code CoreShowChannels},
 * {@code BridgeList} then {@code BridgeInfo} per bridge, {@code QueueStatus}, {@code Agents},
 * {@code ParkedCalls}, {@code ConfbridgeListRooms} then {@code ConfbridgeList} per room,
 * {@code DeviceStateList}, {@code ExtensionStateList}, {@code PresenceStateList}) and folds every
 * event, also those arriving while the lists run: an event is newer than any list item about the
 * same object that arrived before the list ended, so such items are ignored. See
 * {@code docs/LIVE.md}.
 *
 * <p><b>Threads.</b> Events are folded on the client's event dispatcher; {@link #snapshot()} may be
 * called from any thread. Closing the {@code LivePbx} does not close the client.
 */
public final class LivePbx implements AutoCloseable {
    private final Engine engine;

    private LivePbx(Engine engine) {
        this.engine = engine;
    }

    /**
     * Starts following the client's PBX: registers its listeners and starts the first resync
     * (now if connected, else when the client connects). Returns at once.
     */
    public static LivePbx attach(AmiClient ami) {
        return new LivePbx(Engine.attach(Objects.requireNonNull(ami, "ami")));
    }

    /**
     * Completes with the snapshot right after the first resync has finished (every list action
     * answered or refused). Never fails for a refused list (see {@link PbxSnapshot#unavailable()});
     * fails with {@link dev.amiable.AmiConnectionException} if this is closed first.
     */
    public CompletableFuture<PbxSnapshot> synced() {
        return engine.synced();
    }

    /** The latest state: one consistent moment of the event stream. O(1); never waits. */
    public PbxSnapshot snapshot() {
        return engine.snapshot();
    }

    /**
     * Adds a listener for every later change (see {@link LiveChangeListener} for its thread);
     * closing the registration removes it.
     */
    public Registration addChangeListener(LiveChangeListener listener) {
        return engine.addChangeListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Originates a call and follows it: sends {@code action} with {@code Async: true} (set here,
     * whatever the action says) and a {@code ChannelId} (unless the action gives one), and
     * completes once both the {@code OriginateResponse} and, when answered, the channel's events
     * have arrived, in whichever order. Completes with {@link OriginateResult#FAILED} (reason
     * -1) when the server answers the action with {@code Error}; fails with {@link dev.amiable.AmiConnectionException} when the connection drops first, or
     * {@link dev.amiable.AmiTimeoutException} when no answer arrives in time.
     */
    public CompletableFuture<OriginateOutcome> originate(OriginateAction action) {
        return engine.originate(Objects.requireNonNull(action, "action"));
    }

    /** Stops following: removes the listeners from the client; the last snapshot stays readable. */
    @Override
    public void close() {
        engine.close();
    }
}
