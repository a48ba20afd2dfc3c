/**
 * Internal, not API: bytes to frames and actions to bytes, with the limits and quirks of real
 * servers. No sockets, no threads.
 */
package dev.amiable.internal.codec;
