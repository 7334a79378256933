package dk.arkiv;

import dk.arkiv.content.Diagnostic;
import java.util.List;

/**
 * How a build ended: the problems found, and what was written when it succeeded.
 *
 * @param pages the HTML pages written; 0 when the build failed
 * @param files all files written, pages included
 */
public record BuildResult(List<Diagnostic> diagnostics, int pages, int files) {

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
