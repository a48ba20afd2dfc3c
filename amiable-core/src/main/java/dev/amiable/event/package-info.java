/**
 * Events: {@link dev.amiable.event.AmiEvent} and one generated class per AMI event with typed
 * accessors, the interfaces for header groups shared by many events (a channel snapshot, a
 * bridge snapshot, …), the enums Asterisk uses, and {@link dev.amiable.event.EventRegistry},
 * which maps names to classes and accepts user classes.
 */
package dev.amiable.event;
