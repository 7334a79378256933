package dk.arkiv.importer;

import java.nio.file.Path;

/**
 * Something wrong with a document, where it is and what would be right:
 * {@code seeds/004.txt: no meeting date found; pass --date YYYY-MM-DD}.
 *
 * @param line the 1-based line in the source, or 0 when the problem concerns the whole document
 */
public record Problem(Path file, int line, String message) {

    static Problem at(Path file, int line, String message) {
        return new Problem(file, line, message);
    }

    static Problem whole(Path file, String message) {
        return new Problem(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
