/**
 * FakeAsterisk: an in-process AMI server for tests, demos and load generation.
 *
 * <p>Start with {@link dev.amiable.testkit.FakeAsterisk#builder()}. Answers are
 * {@link dev.amiable.testkit.Reply} values made of {@link dev.amiable.testkit.Message}s;
 * {@link dev.amiable.testkit.ListReply} shapes list actions; what clients sent comes back as
 * {@link dev.amiable.testkit.RecordedAction}s.
 */
package dev.amiable.testkit;
