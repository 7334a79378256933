package dk.arkiv.content;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics from every stage, also from parallel work, and hands them out sorted. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void error(SourceFile file, int line, int column, String message) {
        add(new Diagnostic(file.displayName(), line, column, Severity.ERROR, message));
    }

    public void warning(SourceFile file, int line, int column, String message) {
        add(new Diagnostic(file.displayName(), line, column, Severity.WARNING, message));
    }

    public void note(SourceFile file, int line, int column, String message) {
        add(new Diagnostic(file.displayName(), line, column, Severity.NOTE, message));
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, sorted by file, line and column: the same order on every run. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().distinct().sorted(Diagnostic.ORDER).toList();
    }
}
