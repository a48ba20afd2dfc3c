package dev.amiable.kafka;

import java.util.List;

/**
 * A snapshot of a bridge's counters.
 *
 * @param bufferCapacity records the buffer holds at most (handed to the producer, not yet acknowledged)
 * @param buffered       records held now
 * @param overflowing    whether events are being dropped now because the buffer stayed full
 * @param servers        one entry per server, in the order they were added
 */
public record BridgeStats(int bufferCapacity, int buffered, boolean overflowing, List<Server> servers) {

    /**
     * One server's counters.
     *
     * @param server        the server id
     * @param epoch         the current session number (1 for the first)
     * @param seq           the number of the last event of this epoch (0 before the first)
     * @param received      events the bridge received from the client
     * @param published     records (events and gaps) acknowledged by Kafka
     * @param dropped       events the bridge dropped because its buffer stayed full: each leaves a hole
     *                      in {@code seq}
     * @param failed        records Kafka refused or that could not be delivered
     * @param clientDropped events the AMI client dropped before the bridge saw them (its event queue was
     *                      full while the bridge waited for room); they leave no hole in {@code seq}
     * @param clientOverflows times the client's event queue started dropping
     *                      ({@code AmiStats.overflowEpisodes})
     * @param changes       change records written for resyncs (with {@link KafkaBridge.Builder#live})
     */
    public record Server(String server, long epoch, long seq, long received, long published, long dropped,
            long failed, long clientDropped, long clientOverflows, long changes) {
    }

    /** Events dropped, by the bridge and by the clients, over all servers. */
    public long totalDropped() {
        return totalBridgeDropped() + totalClientDropped();
    }

    /** Events the bridge dropped (holes in {@code seq}), over all servers. */
    public long totalBridgeDropped() {
        return servers.stream().mapToLong(Server::dropped).sum();
    }

    /** Events the clients dropped before the bridge saw them, over all servers. */
    public long totalClientDropped() {
        return servers.stream().mapToLong(Server::clientDropped).sum();
    }

    /** Records refused or undeliverable, over all servers. */
    public long totalFailed() {
        return servers.stream().mapToLong(Server::failed).sum();
    }

    /** Records acknowledged by Kafka, over all servers. */
    public long totalPublished() {
        return servers.stream().mapToLong(Server::published).sum();
    }
}
