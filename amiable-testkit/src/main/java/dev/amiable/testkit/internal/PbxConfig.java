package dev.amiable.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the simulated PBX is laid out and how fast it runs.
 *
 * @param timeScale       multiplies every simulated delay (1.0 real time; 0.01 a hundred times faster)
 * @param queues          queue name to its members' interfaces, e.g. {@code Local/401@ami-agents/n}
 * @param queueExtensions extension to queue name: originating to {@code Local/<ext>@…} joins the queue
 * @param conferences     extension to conference name
 * @param parkExtension   originating to this extension parks the call in lot {@code default}
 * @param failing         extensions whose calls fail (Originate failed / OriginateResponse Failure)
 * @param defaultTalk     how long a call without {@code Wait} data talks, in milliseconds before scaling
 * @param channelVars     variables shown as {@code ChanVariable: NAME=value} in channel snapshots
 *                        (manager.conf {@code channelvars})
 */
public record PbxConfig(
        double timeScale,
        Map<String, List<String>> queues,
        Map<String, String> queueExtensions,
        Map<String, String> conferences,
        String parkExtension,
        Set<String> failing,
        long defaultTalk,
        List<String> channelVars) {
}
