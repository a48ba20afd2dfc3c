package dev.amiable.codegen;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The AMI catalogue as read from {@code ami-catalogue.json}: enums, shared header groups, events
 * and actions. Plain data; the writers decide how it becomes Java.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Catalogue(String asterisk, List<EnumDef> enums, List<Group> groups, List<Event> events,
        List<Action> actions) {

    /** The catalogue bundled with this module. */
    public static Catalogue load() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/ami-catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("ami-catalogue.json is not on the class path");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header an event or group exposes. {@code type}: string, int, long, decimal, boolean, duration,
     *  instant, datetime, address, peerStatus, variables or enum:Name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String header, String type, List<String> values, String doc, String accessor,
            boolean wireObserved) {
    }

    /** A shared header group, generated as an interface. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String name, String kind, String prefix, List<Field> fields) {
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
