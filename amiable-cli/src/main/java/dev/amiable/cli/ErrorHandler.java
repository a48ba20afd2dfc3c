package dev.amiable.cli;

import java.io.PrintWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one line on stderr ({@code amiable: authentication failed: …}) and the
 * documented exit code. A stack trace only with {@code --verbose}; secrets are scrubbed from
 * both.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final CliContext context;

    ErrorHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        Throwable t = unwrap(ex);
        PrintWriter err = cl.getErr();
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        err.println("amiable: " + ExitCodes.label(t) + ": " + context.scrub(msg));
        if (context.verbose()) {
            java.io.StringWriter sw = new java.io.StringWriter();
            t.printStackTrace(new PrintWriter(sw));
            err.print(context.scrub(sw.toString()));
        }
        err.flush();
        return ExitCodes.of(t);
    }

    /** Picocli's parse failures: one line, a hint, exit 2. */
    static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("amiable: " + scrubArgs(ex.getMessage(), args));
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The message without any secret given in {@code args} ({@code --secret} or {@code --user name:secret}). */
    static String scrubArgs(String message, String[] args) {
        String out = message;
        for (int i = 0; i < args.length; i++) {
            String secret = null;
            if ((args[i].equals("--secret") || args[i].equals("--user")) && i + 1 < args.length) {
                secret = args[i + 1];
            } else if (args[i].startsWith("--secret=") || args[i].startsWith("--user=")) {
                secret = args[i].substring(args[i].indexOf('=') + 1);
            }
            if (secret != null && args[i].startsWith("--user")) {
                String[] parts = secret.split(":", -1); // NAME:SECRET[:READ[:WRITE]]
                secret = parts.length > 1 ? parts[1] : null;
            }
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, "******");
            }
        }
        return out;
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof CommandLine.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
