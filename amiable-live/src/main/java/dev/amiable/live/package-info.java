/**
 * The live state of a PBX, kept equal to the server's: {@link dev.amiable.live.LivePbx} attaches
 * to an {@link dev.amiable.AmiClient}, rebuilds the state with list actions, folds every event
 * into it and hands out immutable {@link dev.amiable.live.PbxSnapshot}s and typed
 * {@link dev.amiable.live.LiveChange}s. See {@code docs/LIVE.md}.
 */
package dev.amiable.live;
