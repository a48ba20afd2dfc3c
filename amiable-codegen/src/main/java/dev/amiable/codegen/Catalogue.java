package dev.amiable.codegen;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The AMI catalogue as read from {@code ami-catalogue.json}: enums, shared header groups, events
 * and actions. Plain data; the writers decide how it becomes Java.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalogue(String asterisk, List<EnumDef> enums, List<Group> groups, List<Event> events,
        List<Action> actions) {

    /**
     * The catalogue bundled with this module: {@code ami-catalogue.json} (Asterisk 22, and the
     * legacy events it always had) with the events and groups of {@code ami-legacy-catalogue.json}
     * (events that only Asterisk 1.4 to 11 send) appended.
     */
    public static Catalogue load() {
        Catalogue main = read("/ami-catalogue.json");
        Catalogue legacy = read("/ami-legacy-catalogue.json");
        List<Group> groups = new ArrayList<>(main.groups());
        groups.addAll(legacy.groups() == null ? List.of() : legacy.groups());
        List<Event> events = new ArrayList<>(main.events());
        events.addAll(legacy.events());
        return new Catalogue(main.asterisk(), main.enums(), groups, events, main.actions());
    }

    private static Catalogue read(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A header an event or group exposes. {@code type}: string, int, long, hex, decimal, boolean,
     * duration, instant, datetime, address, peerStatus, variables, urlencoded or enum:Name.
     * {@code aliases}: older spellings read when the header is absent (Asterisk 1.4's
     * {@code State} for {@code ChannelState}). {@code indexed}: the header is one of a numbered
     * series, {@code X} standing for the number right after this prefix ({@code ReportXLSR} with
     * {@code "Report"} reads {@code Report0LSR}, {@code Report1LSR}...); the accessor takes the
     * number. {@code perChannel}: a {@code variables} header also sent as
     * {@code Name(channel): var=value}, which gets a second accessor keeping one map per channel.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String header, String type, List<String> values, String doc, String accessor,
            boolean wireObserved, List<String> aliases, String indexed, boolean perChannel) {
    }

    /**
     * A shared header group, generated as an interface. {@code summary} describes a group of kind
     * {@code shared} (headers that an old event and its Asterisk 12+ successor have in common).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String name, String kind, String prefix, String summary, List<Field> fields) {
    }

    /** One constant of a generated enum. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EnumValue(String constant, int code, String wire) {
    }

    /** A generated enum. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EnumDef(String name, String summary, List<EnumValue> values) {
    }

    /** An event type. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String name, String className, String summary, String note, List<String> since,
            String privilege, String module, boolean documented, List<String> listItemOf,
            List<String> listCompleteOf, List<String> responseTo, String deprecatedSince, String successor,
            String legacyNote, List<String> groups, List<Field> fields) {
    }

    /** A parameter of an action. {@code type}: string, int, long, boolean or variable. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Param(String name, String type, boolean required, List<String> values, String doc,
            String indexed, String stem, @JsonProperty("default") String defaultValue) {
    }

    /** An action. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String name, String summary, List<String> since, List<String> privilege, String module,
            List<Param> params, List<String> listItems, String listComplete, List<String> responseEvents) {
    }
}
