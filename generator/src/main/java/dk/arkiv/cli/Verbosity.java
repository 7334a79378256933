package dk.arkiv.cli;

import picocli.CommandLine.Option;

/** --quiet and --verbose, the same on every command. */
final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "print errors only")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "print more detail, and a stack trace on internal errors")
    boolean verbose;
}
