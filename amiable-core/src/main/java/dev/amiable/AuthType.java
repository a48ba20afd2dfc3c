package dev.amiable;

/** How the client proves its identity at login. */
public enum AuthType {
    /** {@code Secret} sent as is. Use with TLS when the network is not trusted. */
    PLAIN,
    /** {@code Challenge} first, then {@code Key: md5hex(challenge + secret)}; the secret never crosses the wire. */
    MD5
}
