package dev.amiable.it.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the warnings (and worse) a library logs through java.util.logging (asterisk-java's
 * SLF4J logging arrives there through slf4j-jdk14), as {@code LEVEL logger: message} lines.
 */
final class LogCapture extends Handler {
    private final Logger logger;
    private final List<String> warnings = new ArrayList<>();
    private Level before;

    LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
        setLevel(Level.WARNING);
    }

    /** Starts collecting; the console shows only warnings from the logger meanwhile. */
    void install() {
        before = logger.getLevel();
        logger.setLevel(Level.WARNING);
        logger.addHandler(this);
    }

    void uninstall() {
        logger.removeHandler(this);
        logger.setLevel(before);
    }

    synchronized List<String> warnings() {
        return new ArrayList<>(warnings);
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
            Object[] params = r.getParameters();
            String msg = r.getMessage();
            if (params != null) {
                msg = java.text.MessageFormat.format(msg, params);
            }
            warnings.add(r.getLevel() + " " + r.getLoggerName() + ": " + msg);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
