package dk.arkiv.content;

import java.util.Comparator;

/**
 * A problem found in the content, located in a file.
 *
 * @param file the file's path as the user knows it (relative to the working directory when possible)
 * @param line 1-based; 0 when the problem concerns the file as a whole
 * @param column 1-based; 0 when unknown
 * @param message what is wrong, and what would be right
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: severity: message}, as compilers print it. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
