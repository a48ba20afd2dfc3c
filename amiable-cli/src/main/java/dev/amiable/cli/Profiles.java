package dev.amiable.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Connection profiles in a properties file ({@code ~/.config/amiable/profiles.properties} by
 * default): keys {@code NAME.host}, {@code NAME.port}, {@code NAME.username}, {@code NAME.secret},
 * {@code NAME.tls}, {@code NAME.insecure}, {@code NAME.md5}. The profile {@code default} applies
 * when no {@code --profile} is given.
 */
final class Profiles {
    private final Properties props;
    private final String name;

    private Profiles(Properties props, String name) {
        this.props = props;
        this.name = name;
    }

    /** The default location, under {@code $XDG_CONFIG_HOME} or {@code ~/.config}. */
    static Path defaultFile(CliContext ctx) {
        String xdg = ctx.env("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("amiable").resolve("profiles.properties");
    }

    /**
     * Loads profile {@code name} (or {@code default}) from {@code file}. A missing default file is
     * an empty profile; a missing explicit file or unknown explicit profile is a usage error.
     */
    static Profiles load(Path file, boolean explicitFile, String name) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UsageException("cannot read config " + file + ": " + e.getMessage());
            }
        } else if (explicitFile) {
            throw new UsageException("config file " + file + " not found");
        }
        String profile = name == null ? "default" : name;
        if (name != null && p.stringPropertyNames().stream().noneMatch(k -> k.startsWith(profile + "."))) {
            throw new UsageException("no profile '" + name + "' in " + file);
        }
        return new Profiles(p, profile);
    }

    /** The profile's value for {@code key}, or null. */
    String get(String key) {
        String v = props.getProperty(name + "." + key);
        return v == null ? null : v.trim();
    }

    Boolean flag(String key) {
        String v = get(key);
        return v == null ? null : Boolean.valueOf(v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true") || v.equals("1"));
    }
}
