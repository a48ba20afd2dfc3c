/** The model's machinery: persistent maps, event folding, resync, originate tracking. Not API. */
package dev.amiable.live.internal;
