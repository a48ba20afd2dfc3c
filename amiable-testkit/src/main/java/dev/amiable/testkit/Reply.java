package dev.amiable.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the server writes in answer to one action: an ordered list of messages.
 *
 * <p>Messages added with {@link Builder#response} or {@link Builder#item} go to the session that
 * sent the action; each gets the action's {@code ActionID} inserted as its second header when the
 * client sent one and the message has none (so list items carry it like Asterisk's do). Messages
 * added with {@link Builder#broadcast} are emitted like {@link FakeAsterisk#emit(Message)}: to
 * every logged-in session whose permissions and event mask allow the event, without an ActionID.
 * Everything is written in the order it was added, on the session's thread.
 */
public final class Reply {
    /** How one part of a reply is delivered. */
    public enum Kind {
        /** To the asking session, with the action's ActionID. */
        TO_ACTION,
        /** To every session that may see it, as is. */
        BROADCAST
    }

    /** One message of a reply and how it is delivered. */
    public record Part(Kind kind, Message message) {
    }

    private static final Reply NONE = new Reply(List.of());

    private final List<Part> parts;

    private Reply(List<Part> parts) {
        this.parts = Collections.unmodifiableList(parts);
    }

    /** A reply that writes nothing (the action stays unanswered). */
    public static Reply none() {
        return NONE;
    }

    /** Messages to the asking session, each with the ActionID. */
    public static Reply of(Message... messages) {
        Builder b = builder();
        for (Message m : messages) {
            b.response(m);
        }
        return b.build();
    }

    /** {@code Response: Success} with the given keys and values. */
    public static Reply success(String... keysAndValues) {
        return of(Message.response("Success", keysAndValues));
    }

    /** {@code Response: Error} with {@code Message: <message>}. */
    public static Reply error(String message) {
        return of(Message.response("Error", "Message", message));
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Part> parts() {
        return parts;
    }

    /** Accumulates the parts of a reply, in order. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        private Builder() {
        }

        /** A response to the asking session (gets the ActionID). */
        public Builder response(Message m) {
            parts.add(new Part(Kind.TO_ACTION, m));
            return this;
        }

        /** An event to the asking session only, e.g. a list item (gets the ActionID). */
        public Builder item(Message m) {
            parts.add(new Part(Kind.TO_ACTION, m));
            return this;
        }

        /** An event to every session that may see it (no ActionID added). */
        public Builder broadcast(Message m) {
            parts.add(new Part(Kind.BROADCAST, m));
            return this;
        }

        /** Appends all parts of another reply. */
        public Builder then(Reply other) {
            parts.addAll(other.parts);
            return this;
        }

        public Reply build() {
            return new Reply(new ArrayList<>(parts));
        }
    }
}
