/**
 * The write stage: the output directory, filled beside the old one and swapped in only after a
 * complete build, so a failed or interrupted build never leaves a broken site.
 */
package dk.arkiv.write;
