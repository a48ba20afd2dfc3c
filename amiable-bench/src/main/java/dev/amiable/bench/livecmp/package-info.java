/**
 * The same live-model benchmarks run against asterisk-java 3.41.0's Live API: {@link
 * dev.amiable.bench.livecmp.AjLive} drives it, the benches and mains here are the counterparts of
 * {@code LiveModelBench}, {@code LiveResyncBench}, {@code LiveCpuMain} and {@code LiveMemoryMain};
 * {@code bench/live-vs-asterisk-java.sh} runs both sides and writes the table.
 */
package dev.amiable.bench.livecmp;
