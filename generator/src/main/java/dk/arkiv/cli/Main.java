package dk.arkiv.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arkiv}: the entry point. Exit codes: 0 success, 1 content errors, 2 usage errors. */
@Command(name = "arkiv", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a public, linked website from the agendas and minutes in content/.")
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
        System.exit(execute(commandLine(args.length > 0 ? args[0] : ""), args));
    }

    /**
     * Runs a command. The launcher caps the heap by the size of the content, so a very large
     * archive can run out of it: that is no internal error, and the message says how to give Java
     * more. Picocli hands errors thrown by a command up to here; wrapped in an exception (from a
     * stage on a thread of its own) they reach its exception handler instead.
     */
    static int execute(CommandLine commandLine, String... args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            commandLine.getErr().println(outOfMemory());
            return CONTENT_ERRORS;
        }
    }

    private static String outOfMemory() {
        return "arkiv: the archive needs more memory than Java may use here ("
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB), and the output directory was not changed."
                + " Run it again with more, e.g. ARKIV_JAVA_OPTS=-Xmx8g ./arkiv build";
    }

    /** The command line with all commands, as tests use it. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line for a run whose first argument is {@code first}: with only that command when
     * it names one, since picocli reads every command's annotations up front and a build should not
     * wait for the others; with all of them otherwise (help, usage errors, suggestions).
     */
    static CommandLine commandLine(String first) {
        CommandLine commandLine = new CommandLine(new Main());
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        commands.forEach((name, command) -> {
            boolean runsOne = commands.containsKey(first) && !first.equals("help");
            if (!runsOne || first.equals(name)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            PrintWriter err = cl.getErr();
            if (isOutOfMemory(e)) {
                err.println(outOfMemory());
                return CONTENT_ERRORS;
            }
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

    private static boolean isOutOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
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
