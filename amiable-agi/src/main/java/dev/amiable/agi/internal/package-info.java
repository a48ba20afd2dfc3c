/**
 * Internals of the AGI module: the FastAGI listener and sessions, the line codec, the AsyncAGI
 * transport and the choice of threads. Not exported; may change at any time.
 */
package dev.amiable.agi.internal;
