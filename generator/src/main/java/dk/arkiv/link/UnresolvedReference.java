package dk.arkiv.link;

/**
 * A reference whose target is not in the archive: it stays text, and the build lists it as a note.
 *
 * @param source the meeting file, relative to the content directory
 * @param text the words of the reference, e.g. "mødet den 21. juni 2024"
 */
public record UnresolvedReference(String source, int line, int column, String text) {
}
