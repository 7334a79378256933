package dk.arkiv.cli;

/** A command with --quiet and --verbose. */
interface Verbosity {
    boolean verbose();
}
