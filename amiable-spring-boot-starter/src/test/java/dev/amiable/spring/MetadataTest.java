package dev.amiable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated spring-configuration-metadata.json documents every property. */
class MetadataTest {
    @Test
    void everyPropertyHasADescription() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata on the class path").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String properties = json.substring(json.indexOf("\"properties\""));
        properties = properties.substring(0, properties.indexOf(']'));
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(properties);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String entry = m.group();
            Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(entry);
            assertThat(name.find()).isTrue();
            names.add(name.group(1));
            assertThat(entry).as(name.group(1)).containsPattern("\"description\"\\s*:\\s*\"[^\"]{10,}");
        }
        assertThat(names).contains("amiable.host", "amiable.port", "amiable.username", "amiable.secret",
                "amiable.auth-type", "amiable.tls.enabled", "amiable.tls.bundle", "amiable.connect-timeout",
                "amiable.event-mask", "amiable.filters", "amiable.reconnect.max-delay", "amiable.keep-alive.interval",
                "amiable.event-queue-capacity", "amiable.fail-fast", "amiable.live.enabled", "amiable.servers");
    }
}
