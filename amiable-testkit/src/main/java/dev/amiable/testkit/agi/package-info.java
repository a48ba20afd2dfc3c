/**
 * The call side of AGI for tests: {@link dev.amiable.testkit.agi.FakeAgiCall} is a simulated
 * channel that connects to a FastAGI server, sends its {@code agi_*} environment and answers each
 * command from an {@link dev.amiable.testkit.agi.AgiCallScript}; {@link dev.amiable.testkit.agi.FakeAsyncAgi}
 * plays the same calls over FakeAsterisk's AMI, with the events a real Asterisk 22 emits.
 * {@link dev.amiable.testkit.agi.ManualClock} lets a reply wait hours of simulated time.
 */
package dev.amiable.testkit.agi;
