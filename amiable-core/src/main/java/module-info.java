/**
 * Amiable core: a zero-dependency client for the Asterisk Manager Interface. Only
 * {@code dev.amiable}, {@code dev.amiable.event} and {@code dev.amiable.action} are API; the
 * {@code internal} packages are shared with Amiable's own test kit and CLI only.
 */
module dev.amiable {
    // optional: read only when the user adds it (--add-modules jdk.incubator.vector); see LineEnds
    requires static jdk.incubator.vector;

    exports dev.amiable;
    exports dev.amiable.event;
    exports dev.amiable.action;
    exports dev.amiable.internal.codec to dev.amiable.testkit, dev.amiable.cli, dev.amiable.live;
    exports dev.amiable.internal.conn to dev.amiable.testkit, dev.amiable.cli;
}
