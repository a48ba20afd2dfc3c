package dev.amiable.action;

import dev.amiable.event.AmiEvent;

/**
 * Any action by name with any headers, for actions the catalogue lacks or when the name is only
 * known at run time:
 * <pre>{@code
 * ami.send(GenericAction.builder("QueuePause").header("Interface", "PJSIP/100").header("Paused", "true").build());
 * ami.sendForList(GenericAction.builder("QueueStatus").buildList());
 * }</pre>
 */
public final class GenericAction extends AmiAction {

    private GenericAction(Builder b) {
        super(b);
    }

    /** A builder for an action called {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** An action called {@code name} with no headers. */
    public static GenericAction of(String name) {
        return new Builder(name).build();
    }

    /** Builds {@link GenericAction}s; headers go in with {@link #header(String, String)}. */
    public static final class Builder extends AmiAction.Builder<Builder, GenericAction> {
        Builder(String name) {
            super(name);
        }

        @Override
        public GenericAction build() {
            return new GenericAction(this);
        }

        /** Builds the same headers as a list action whose items are any event. */
        public ListAction<AmiEvent> buildList() {
            return new GenericList(this);
        }
    }

    private static final class GenericList extends ListAction<AmiEvent> {
        GenericList(Builder b) {
            super(b, AmiEvent.class, null);
        }
    }
}
