package dev.amiable.agi.internal;

import dev.amiable.AmiClient;
import dev.amiable.AmiException;
import dev.amiable.AmiResponse;
import dev.amiable.action.AGIAction;
import dev.amiable.agi.AgiException;
import dev.amiable.agi.AgiHangupException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * AsyncAGI's side of a {@link Conversation}: each command goes out as {@code Action: AGI} with a
 * fresh {@code CommandID}, and its reply is the URL-decoded {@code Result} of the
 * {@code AsyncAGIExec} carrying that id, however long it takes. {@code AsyncAGIEnd}, a refused
 * action or a lost AMI connection end the session with {@link AgiHangupException}.
 */
public final class AsyncConversation extends Conversation {
    private final AmiClient client;
    private final String channel;
    private final String idPrefix;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    public AsyncConversation(AmiClient client, String channel, String idPrefix) {
        this.client = client;
        this.channel = channel;
        this.idPrefix = idPrefix;
    }

    public String channel() {
        return channel;
    }

    @Override
    protected List<String> exchange(String command, CommandLine line) {
        String id = idPrefix + counter.incrementAndGet();
        CompletableFuture<String> result = new CompletableFuture<>();
        pending.put(id, result);
        try {
            if (isHungUp()) {
                throw new AgiHangupException("the AsyncAGI session ended");
            }
            AmiResponse response = client.send(AGIAction.builder().channel(channel).command(line.toString()).commandId(id).build())
                    .get();
            if (!response.isSuccess()) {
                throw new AgiHangupException("Asterisk refused the AGI action: " + response.message());
            }
            return lines(result.get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AgiHangupException) {
                throw (AgiHangupException) cause;
            }
            if (cause instanceof AmiException) {
                throw new AgiHangupException("the AMI connection failed: " + cause.getMessage(), cause);
            }
            throw new AgiException("AsyncAGI command failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgiHangupException("interrupted while waiting for Asterisk", e);
        } finally {
            pending.remove(id);
        }
    }

    private static List<String> lines(String decoded) {
        String text = decoded.endsWith("\n") ? decoded.substring(0, decoded.length() - 1) : decoded;
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
        }
        return lines;
    }

    /**
     * An {@code AsyncAGIExec} for this channel arrived, with its URL-decoded {@code Result} (on the
     * AMI dispatcher thread).
     */
    public void executed(String commandId, String result) {
        CompletableFuture<String> f = commandId == null ? null : pending.get(commandId);
        if (f != null) {
            f.complete(result == null ? "" : result);
        }
    }

    /** {@code AsyncAGIEnd} (or shutdown): every waiting command and all later ones fail. */
    public void ended(String why) {
        markHungUp(why);
        pending.values().forEach(f -> f.completeExceptionally(new AgiHangupException(why)));
    }
}
