package dev.amiable.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Entry point of the {@code amiable} command. {@link #commandLine(PrintWriter, PrintWriter, Map)}
 * builds a ready-to-run {@link CommandLine} so tests can drive every command in-process with
 * captured output and a chosen environment.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err, System.getenv()).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A command line writing to {@code out} and {@code err}, reading variables such as
     * {@code AMI_SECRET} from {@code env}. Exceptions map to the documented exit codes.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> env) {
        CliContext context = new CliContext(env);
        AmiableCommand top = new AmiableCommand();
        top.context(context);
        CommandLine cl = new CommandLine(top, new ContextFactory(context));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler(context));
        cl.setParameterExceptionHandler(ErrorHandler::usageError);
        return cl;
    }

    /** Hands every command and mixin the shared {@link CliContext}. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final CliContext context;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        ContextFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K k = fallback.create(cls);
            if (k instanceof CliContext.Aware) {
                ((CliContext.Aware) k).context(context);
            }
            return k;
        }
    }
}
