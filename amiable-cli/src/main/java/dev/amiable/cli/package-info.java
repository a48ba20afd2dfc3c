/**
 * The {@code amiable} command-line tool: one class per subcommand ({@code *Command}), the
 * connection options they share ({@link dev.amiable.cli.ConnectionOptions}), exit codes
 * ({@link dev.amiable.cli.ExitCodes}) and small helpers for output (JSON, tables, event lines).
 * Entry point: {@link dev.amiable.cli.Main}.
 */
package dev.amiable.cli;
