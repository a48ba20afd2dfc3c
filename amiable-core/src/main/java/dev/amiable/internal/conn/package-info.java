/**
 * Internal, not API: sessions, the reader thread, ActionID correlation, the event queue, login,
 * keep-alive and reconnect.
 */
package dev.amiable.internal.conn;
