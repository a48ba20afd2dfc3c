package dev.amiable.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code amiable} command: only holds the subcommands and global options. */
@Command(name = "amiable", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A command-line client for the Asterisk Manager Interface (AMI).",
        subcommands = {DemoCommand.class, TailCommand.class, SendCommand.class, CommandCommand.class,
            BridgeCommand.class,
            RecordCommand.class, DecodeCommand.class, SimCommand.class, TopCommand.class, AgiCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Any other failure.",
            "2:Bad arguments (usage error).",
            "3:Connection refused, unreachable or lost.",
            "4:Authentication failed.",
            "5:The server answered an action with an error.",
            "6:Timeout waiting for an answer.",
            "7:Protocol error (the peer does not speak AMI properly)."},
        footer = {"%nErrors are one line on stderr, e.g. 'amiable: authentication failed: ...';",
            "--verbose adds a stack trace. Secrets are never printed."})
public final class AmiableCommand implements Runnable, CliContext.Aware {
    @Spec
    CommandSpec spec;

    private CliContext context;

    @Override
    public void context(CliContext context) {
        this.context = context;
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces on failure.")
    void verbose(boolean on) {
        if (context != null) {
            context.verbose(on);
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (try: demo, tail, send, command, "
                + "record, decode, sim, top)");
    }
}
