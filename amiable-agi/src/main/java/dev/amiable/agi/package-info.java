/**
 * AGI for Amiable: run a call's dialplan logic in Java.
 *
 * <p>{@link dev.amiable.agi.AgiServer} is a FastAGI server: Asterisk's {@code AGI(agi://host/path)}
 * connects to it and the request is routed by path to an {@link dev.amiable.agi.AgiScript}.
 * {@link dev.amiable.agi.AsyncAgiServer} runs the same scripts over an AMI connection
 * (AsyncAGI, {@code AGI(agi:async)}). Scripts talk to the call through
 * {@link dev.amiable.agi.AgiChannel}: one typed method per AGI command of Asterisk 22, each
 * returning a typed result. Failures are unchecked {@link dev.amiable.agi.AgiException}s; a hung-up
 * channel is always an {@link dev.amiable.agi.AgiHangupException}.
 */
package dev.amiable.agi;
