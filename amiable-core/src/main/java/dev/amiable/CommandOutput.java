package dev.amiable;

import java.util.List;

/**
 * What a CLI command printed, one entry per line, the same for both AMI formats: {@code Output:}
 * headers (Asterisk 14 and later) and the raw lines up to {@code --END COMMAND--} (up to 13).
 */
public final class CommandOutput {
    private final String command;
    private final AmiResponse response;
    private final List<String> lines;

    public CommandOutput(String command, AmiResponse response) {
        this.command = command;
        this.response = response;
        this.lines = response.output();
    }

    /** The command that was run. */
    public String command() {
        return command;
    }

    /** The output lines in order; may hold blank lines and colons. */
    public List<String> lines() {
        return lines;
    }

    /** The lines joined with {@code \n}. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The whole response, e.g. for its {@code Message}. */
    public AmiResponse response() {
        return response;
    }

    @Override
    public String toString() {
        return text();
    }
}
