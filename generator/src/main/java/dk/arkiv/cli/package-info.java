/**
 * The command line: one Picocli class per command. Commands print only through the command line's
 * out and err writers, so tests can read what users see.
 */
package dk.arkiv.cli;
