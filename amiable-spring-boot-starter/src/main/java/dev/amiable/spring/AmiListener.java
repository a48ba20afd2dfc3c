package dev.amiable.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a Spring bean that receives AMI events. The method has exactly one parameter,
 * whose type says which events it gets: an event class ({@code HangupEvent}), an interface that
 * events implement ({@code ChannelSnapshot}), or {@code AmiEvent} for every event.
 *
 * <pre>{@code
 * @AmiListener
 * void hangup(HangupEvent e) { ... }
 *
 * @AmiListener(name = "Queue*", server = "pbx1")
 * void queue(AmiEvent e) { ... }
 * }</pre>
 *
 * <p>The method runs on the client's event dispatcher, in wire order, one event at a time (it may
 * call {@code send(...).get()}); an exception it throws is reported to the client's connection
 * listeners and the next event is delivered as usual. Methods are registered once the application
 * context has started: events before that are not seen. A method without {@code server} listens to
 * every client of the context.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AmiListener {
    /**
     * A glob on the event's name ({@code *} any run of characters, {@code ?} one), compared
     * ignoring case, e.g. {@code UserEvent} or {@code Queue*}; empty for any name.
     */
    String name() default "";

    /** The server (its name under {@code amiable.servers}, or its bean name) to listen to; empty for all. */
    String server() default "";
}
