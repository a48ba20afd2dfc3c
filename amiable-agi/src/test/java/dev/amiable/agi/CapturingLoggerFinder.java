package dev.amiable.agi;

import java.util.ResourceBundle;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * The tests' {@link System.LoggerFinder} (registered as a service in test resources): keeps every
 * message logged at INFO or above, with whether a throwable came with it, for tests to inspect.
 */
public final class CapturingLoggerFinder extends System.LoggerFinder {
    /** One log call. */
    public record Entry(String logger, System.Logger.Level level, String message, Throwable thrown) {
    }

    static final BlockingQueue<Entry> ENTRIES = new LinkedBlockingQueue<>();

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new System.Logger() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isLoggable(Level level) {
                return level.getSeverity() >= Level.INFO.getSeverity();
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                if (isLoggable(level)) {
                    ENTRIES.add(new Entry(name, level, msg, thrown));
                }
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                if (isLoggable(level)) {
                    ENTRIES.add(new Entry(name, level, params == null || params.length == 0 ? format
                            : java.text.MessageFormat.format(format, params), null));
                }
            }

            @Override
            public void log(Level level, Supplier<String> msgSupplier) {
                if (isLoggable(level)) {
                    log(level, (ResourceBundle) null, msgSupplier.get(), (Throwable) null);
                }
            }
        };
    }
}
