package dev.amiable.cli;

import dev.amiable.testkit.FakeAsterisk;

/** Parses {@code sim --user NAME:SECRET[:READ[:WRITE]]} into a FakeAsterisk user. */
final class SimUsers {
    private SimUsers() {
    }

    /**
     * Adds the user to the builder and returns its name. READ and WRITE default to {@code all};
     * the secret may not contain a colon.
     *
     * @throws UsageException when the name or secret is missing, or a class name is not Asterisk's
     */
    static String add(FakeAsterisk.Builder b, String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length < 2 || parts.length > 4 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new UsageException("--user needs NAME:SECRET[:READ[:WRITE]], got '"
                    + (parts.length > 0 ? parts[0] : "") + ":…'");
        }
        String read = parts.length > 2 ? parts[2] : "all";
        String write = parts.length > 3 ? parts[3] : "all";
        try {
            b.user(parts[0], parts[1], read, write);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--user " + parts[0] + ": " + e.getMessage());
        }
        return parts[0] + (parts.length > 2 ? " (read " + read + ", write " + write + ")" : "");
    }
}
