package dev.amiable.testkit.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One simulated call: an originated Local channel pair (or a single channel), and whatever it
 * reached: a queue and agent, a bridge, a parking space, a conference. Guarded by the {@link Pbx} lock.
 */
final class Call {
    /** What was asked for. */
    record Request(String channel, String context, String exten, String application, String data,
                   List<String[]> variables, String callerId, boolean async, String actionId, long talkMillis,
                   String queue) {
    }

    final Request request;
    PbxChannel one;
    PbxChannel two;
    PbxQueue queue;
    PbxQueue.Member member;
    PbxChannel agentOne;
    PbxChannel agentTwo;
    PbxBridge bridge;
    Integer parkingSpace;
    String conference;
    long joinedMillis;
    long agentAnsweredMillis;
    boolean agentAnswered;
    boolean ended;
    /** Completes true when answered, false when it failed (sync Originate waits on it). */
    final CompletableFuture<Boolean> outcome = new CompletableFuture<>();
    Runnable onEnd;
    /** How the Originate ends, and the Context and Exten it named (echoed by OriginateResponse). */
    dev.amiable.testkit.OriginateOutcome planned = dev.amiable.testkit.OriginateOutcome.ANSWER;
    String requestedContext;
    String requestedExten;

    Call(Request request) {
        this.request = request;
    }

    /** The channel that runs the dialplan: ;2 of a Local pair, or the only channel. */
    PbxChannel dialplanSide() {
        return two != null ? two : one;
    }
}
