package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.OverflowPolicy;
import dev.amiable.ReconnectPolicy;
import dev.amiable.kafka.BridgeFormat;
import dev.amiable.kafka.KafkaBridge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amiable bridge}: publishes the events of one or more PBXs (one {@code --profile} each)
 * into a Kafka topic with {@link KafkaBridge}, printing a progress line every second (events per
 * second per PBX, buffer fill, drops) until Ctrl-C or {@code --duration}.
 */
@Command(name = "bridge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Publish the events of one or more PBXs into a Kafka topic, ordered per call "
            + "(key: Linkedid, else Uniqueid, else the server id), with a gap record after each reconnect.",
            "Each --profile is one PBX; its server id is the profile's NAME.server-id, else its name."})
public final class BridgeCommand implements Callable<Integer>, CliContext.Aware {
    @Spec
    CommandSpec spec;

    private CliContext context;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,…]",
            description = "Kafka brokers to start from.")
    String bootstrapServers;

    @Option(names = "--topic", required = true, paramLabel = "NAME", description = "Topic to write to.")
    String topic;

    @Option(names = "--profile", required = true, paramLabel = "NAME",
            description = "A PBX, by profile name (repeatable, at least one).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Profiles file (default ~/.config/amiable/profiles.properties).")
    Path config;

    @Option(names = "--format", paramLabel = "json|ami", description = "Record value: json (default) or ami (raw bytes).")
    String format = "json";

    @Option(names = "--partitions", paramLabel = "N",
            description = "Create the topic with N partitions if it is missing.")
    Integer partitions;

    @Option(names = "--producer-property", paramLabel = "KEY=VALUE",
            description = "A Kafka producer property (repeatable), e.g. compression.type=lz4.")
    List<String> producerProperties = new ArrayList<>();

    @Option(names = "--live", description = "Follow each PBX's live state (amiable-live): after each gap record, "
            + "write the changes its resync found (calls, channels, queues… added, changed, removed), then a "
            + "resynced record. Needs the rights for CoreShowChannels and the other list actions.")
    boolean live;

    @Option(names = "--buffer", paramLabel = "N", description = "Records held unacknowledged at most (default 65536).")
    int buffer = 65_536;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait to connect to the PBXs and to Kafka (default 10s).")
    Duration timeout = Duration.ofSeconds(10);

    @Option(names = {"-d", "--duration"}, paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: until Ctrl-C).")
    Duration duration;

    @Override
    public void context(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        BridgeFormat theFormat = parseFormat();
        Map<String, Object> props = BridgeSetup.producerProperties(producerProperties);
        Map<String, AmiOptions> pbxs = resolvePbxs();
        if (buffer <= 0) {
            throw new UsageException("--buffer must be positive");
        }
        if (partitions != null && partitions <= 0) {
            throw new UsageException("--partitions must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, AmiClient> clients = new LinkedHashMap<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amiable-bridge-progress");
            t.setDaemon(true);
            return t;
        });
        KafkaBridge.Builder b = KafkaBridge.builder().bootstrapServers(bootstrapServers).topic(topic)
                .format(theFormat).bufferCapacity(buffer).live(live);
        props.forEach(b::producerProperty);
        BridgeProgress progress;
        // the bridge first: a refused producer property is a usage error before anything connects
        try (KafkaBridge bridge = build(b); StopSignal stop = new StopSignal()) {
            for (Map.Entry<String, AmiOptions> pbx : pbxs.entrySet()) {
                clients.put(pbx.getKey(), AmiClient.connect(pbx.getValue()));
            }
            BridgeSetup.checkKafka(bootstrapServers, topic, partitions, props, timeout);
            for (Map.Entry<String, AmiClient> c : clients.entrySet()) {
                stop.watch(c.getValue());
                bridge.add(c.getKey(), c.getValue());
                Sessions.ready(c.getValue(), "on");
            }
            progress = new BridgeProgress(bridge);
            ticker.scheduleAtFixedRate(() -> {
                String line = progress.tick();
                synchronized (out) {
                    out.println(line);
                    out.flush();
                }
            }, 1, 1, TimeUnit.SECONDS);
            out.println("bridging " + String.join(", ", pbxs.keySet()) + " to topic " + topic + " ("
                    + theFormat.name().toLowerCase(java.util.Locale.ROOT) + "); Ctrl-C to stop");
            out.flush();
            stop.await(duration);
            ticker.shutdownNow();
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } finally {
            ticker.shutdownNow();
            clients.values().forEach(AmiClient::close);
        }
        synchronized (out) {
            out.println(progress.summary());
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static KafkaBridge build(KafkaBridge.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException | org.apache.kafka.common.KafkaException e) {
            throw new UsageException("producer settings: " + e.getMessage());
        }
    }

    private BridgeFormat parseFormat() {
        try {
            return BridgeFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
    }

    /** Server id → connection options, one per profile; reconnecting for ever, events off until listened to. */
    private Map<String, AmiOptions> resolvePbxs() {
        Map<String, AmiOptions> out = new LinkedHashMap<>();
        Path file = config != null ? config : Profiles.defaultFile(context);
        for (String name : profiles) {
            String id = Profiles.load(file, config != null, name).get("server-id");
            String serverId = id != null && !id.isEmpty() ? id : name;
            if (out.containsKey(serverId)) {
                throw new UsageException("server id '" + serverId + "' used by two profiles");
            }
            ConnectionOptions c = new ConnectionOptions();
            c.context(context);
            c.config = file;
            c.profile = name;
            c.timeout = timeout;
            // BLOCK: a full event queue slows the PBX down before any event is dropped
            out.put(serverId, c.resolve().toBuilder().eventMask("off").reconnect(ReconnectPolicy.DEFAULT)
                    .overflowPolicy(OverflowPolicy.BLOCK).build());
        }
        return out;
    }
}
