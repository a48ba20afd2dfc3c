package dev.amiable.testkit.internal;

/**
 * A manager.conf user: name, secret and permission masks (see {@link Perms}).
 */
public record UserAccount(String name, String secret, int readMask, int writeMask) {
}
