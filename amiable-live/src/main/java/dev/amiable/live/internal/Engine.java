package dev.amiable.live.internal;

import dev.amiable.AmiClient;
import dev.amiable.Registration;
import dev.amiable.action.OriginateAction;
import dev.amiable.live.LiveChangeListener;
import dev.amiable.live.OriginateOutcome;
import dev.amiable.live.PbxSnapshot;
import java.util.concurrent.CompletableFuture;

/** Ties the model to one client: listeners, resyncs, originates. */
public final class Engine {
    private Engine() {
    }

    public static Engine attach(AmiClient ami) {
        throw new UnsupportedOperationException("not yet");
    }

    public CompletableFuture<PbxSnapshot> synced() {
        throw new UnsupportedOperationException("not yet");
    }

    public PbxSnapshot snapshot() {
        throw new UnsupportedOperationException("not yet");
    }

    public Registration addChangeListener(LiveChangeListener l) {
        throw new UnsupportedOperationException("not yet");
    }

    public CompletableFuture<OriginateOutcome> originate(OriginateAction action) {
        throw new UnsupportedOperationException("not yet");
    }

    public void close() {
    }
}
