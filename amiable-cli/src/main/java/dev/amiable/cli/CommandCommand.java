package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.CommandOutput;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amiable command "core show channels"}: runs an Asterisk CLI command and prints its output. */
@Command(name = "command", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run an Asterisk CLI command and print its output.")
public final class CommandCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Parameters(arity = "1..*", paramLabel = "WORDS", description = "The command; several words are joined by spaces.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AmiClient client = connection.connect()) {
            CommandOutput o = client.command(String.join(" ", words)).get();
            for (String line : o.lines()) {
                out.println(line);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
