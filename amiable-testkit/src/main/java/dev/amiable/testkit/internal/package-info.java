/**
 * The fake server's machinery: sockets, sessions, routing, built-in actions, the simulated PBX.
 * Not an API; anything here may change.
 */
package dev.amiable.testkit.internal;
