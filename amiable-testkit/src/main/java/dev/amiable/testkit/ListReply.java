package dev.amiable.testkit;

import java.util.List;

/**
 * Builds the answer to a list action the way Asterisk shapes it: {@code Response: Success},
 * {@code EventList: start}, {@code Message: <What> will follow}; then the items; then
 * {@code Event: <Complete>}, {@code EventList: Complete}, {@code ListItems: N}. Every message
 * carries the action's ActionID (see {@link Reply}).
 */
public final class ListReply {
    private ListReply() {
    }

    /**
     * @param listName      what the start message announces, e.g. {@code "Channels"} gives
     *                      {@code Message: Channels will follow}
     * @param completeEvent the completion event's name, e.g. {@code CoreShowChannelsComplete}
     * @param items         the item events, in order
     */
    public static Reply of(String listName, String completeEvent, Message... items) {
        return of(listName, completeEvent, List.of(items));
    }

    /** As {@link #of(String, String, Message...)} with a list of items. */
    public static Reply of(String listName, String completeEvent, List<Message> items) {
        Reply.Builder b = Reply.builder()
                .response(start(listName));
        for (Message item : items) {
            b.item(item);
        }
        return b.item(complete(completeEvent, items.size())).build();
    }

    /** The start response alone. */
    public static Message start(String listName) {
        return Message.response("Success", "EventList", "start", "Message", listName + " will follow");
    }

    /** The completion event alone. */
    public static Message complete(String completeEvent, int count) {
        return Message.event(completeEvent, "EventList", "Complete", "ListItems", Integer.toString(count));
    }
}
