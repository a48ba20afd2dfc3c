package dev.amiable.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code amiable --version}: the jar's version, or {@code dev} when run from classes. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"amiable " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
}
