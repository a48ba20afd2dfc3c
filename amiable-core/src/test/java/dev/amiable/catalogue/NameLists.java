package dev.amiable.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The name lists copied from the shared spec into {@code src/test/resources/catalogue}. */
final class NameLists {
    private NameLists() {
    }

    /** The non-comment, non-blank lines of {@code catalogue/<file>}. */
    static List<String> read(String file) {
        try (InputStream in = NameLists.class.getResourceAsStream("/catalogue/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource catalogue/" + file);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
