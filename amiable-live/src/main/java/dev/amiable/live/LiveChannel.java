package dev.amiable.live;

import dev.amiable.event.ChannelState;
import java.time.Instant;
import java.util.Map;

/**
 * One channel as the model last saw it, keyed by its {@code Uniqueid}. Immutable; a changed
 * channel is a new instance. Built by the model only: the canonical constructor is not API and
 * may gain components.
 *
 * @param uniqueid          the channel's {@code Uniqueid}, never null
 * @param name              channel name, e.g. {@code PJSIP/100-00000001}
 * @param linkedid          the {@code Linkedid}: the call the channel belongs to
 * @param state             core's channel state
 * @param callerIdNum       caller ID number, or null
 * @param callerIdName      caller ID name, or null
 * @param connectedLineNum  connected line number, or null
 * @param connectedLineName connected line name, or null
 * @param context           dialplan context, or null
 * @param exten             dialplan extension, or null
 * @param priority          dialplan priority, or -1 when not known
 * @param application       the application running (from {@code Newexten} / list items), or null
 * @param applicationData   that application's data, or null
 * @param accountCode       account code, or null
 * @param bridgeId          the bridge the channel is in, or null when in no bridge
 * @param onHold            true between {@code Hold} and {@code Unhold}
 * @param created           when the model first learned of the channel (server time when the event
 *                          carries a timestamp, else local time)
 * @param answered          when the channel went {@code Up}, or null
 * @param variables         channel variables seen ({@code VarSet}, {@code ChanVariable}), never null
 * @param localPeer         for a Local channel, the Uniqueid of its other half ({@code ;1}/{@code ;2}),
 *                          else null
 */
public record LiveChannel(String uniqueid, String name, String linkedid, ChannelState state,
                          String callerIdNum, String callerIdName, String connectedLineNum,
                          String connectedLineName, String context, String exten, int priority,
                          String application, String applicationData, String accountCode,
                          String bridgeId, boolean onHold, Instant created, Instant answered,
                          Map<String, String> variables, String localPeer) {

    /** True for a Local channel half ({@code Local/...;1} or {@code ;2}). */
    public boolean isLocal() {
        return name != null && name.startsWith("Local/");
    }
}
