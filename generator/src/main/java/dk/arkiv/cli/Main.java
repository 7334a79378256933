package dk.arkiv.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arkiv}: the entry point. Exit codes: 0 success, 1 content errors, 2 usage errors. */
@Command(name = "arkiv", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a public, linked website from the agendas and minutes in content/.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class, ImportCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with all commands, as tests and main use it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            err.println("arkiv: internal error: " + e);
            if (cl.getParseResult() != null && cl.getParseResult().hasMatchedOption("--verbose")) {
                e.printStackTrace(err);
            } else {
                err.println("Run the command again with --verbose for details, and report the problem.");
            }
            return CONTENT_ERRORS;
        });
        return commandLine;
    }

    /** Reads the version that the build wrote into version.properties. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/dk/arkiv/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"arkiv " + properties.getProperty("version", "unknown")};
        }
    }
}
