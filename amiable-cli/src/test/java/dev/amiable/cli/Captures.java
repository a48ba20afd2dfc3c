package dev.amiable.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** The real captures copied into the test resources (02 gzipped), as files and as expected counts. */
final class Captures {
    static final String[] NAMES = {"01-banner.txt", "02-busy-period.txt", "03-list-actions.txt",
        "04-command-action.txt", "05-login-failures.txt", "06-md5-login-limited-user.txt",
        "07-security-events.txt", "08-http-rawman.txt"};

    private Captures() {
    }

    /** The capture's bytes, unzipped when stored as {@code .gz}. */
    static byte[] bytes(String name) {
        try (InputStream plain = Captures.class.getResourceAsStream("/captures/" + name)) {
            if (plain != null) {
                return plain.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream gz = Captures.class.getResourceAsStream("/captures/" + name + ".gz")) {
            if (gz == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return new GZIPInputStream(gz).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the capture into {@code dir} and returns its path. */
    static Path file(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), bytes(name));
    }

    /**
     * Counts by name of the messages that begin with {@code Event: }, splitting messages at blank
     * lines the way the shared stats-compare tool does.
     */
    static Map<String, Long> expectedCounts(byte[] data) {
        String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
        Map<String, Long> out = new TreeMap<>();
        for (String m : text.split("\\r?\\n\\r?\\n")) {
            if (m.startsWith("Event: ")) {
                int end = m.indexOf("\r\n");
                String name = (end < 0 ? m : m.substring(0, end)).substring(7);
                out.merge(name, 1L, Long::sum);
            }
        }
        return out;
    }
}
