package dk.arkiv.cli;

import dk.arkiv.Arkiv;
import dk.arkiv.content.Diagnostic;
import dk.arkiv.content.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arkiv check}: every problem of the content at once, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the archive in --content and prints every problem as path:line:column: severity:"
                + " message. Writes nothing. Exit 0 without errors, 1 with errors, 2 on usage errors.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--content", paramLabel = "DIR", description = "the archive to check (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Diagnostic> diagnostics = new Arkiv().check(content, LocalDateTime.now()).stream()
                .filter(d -> d.isError() || !verbosity.quiet)
                .filter(d -> d.severity() != Severity.NOTE || !verbosity.quiet)
                .toList();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (format == Format.json) {
            out.println(DiagnosticsJson.of(diagnostics));
        } else {
            diagnostics.forEach(out::println);
            if (!verbosity.quiet) {
                long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
                long notes = diagnostics.size() - errors - warnings;
                out.println(errors == 0 && warnings == 0 && notes == 0 ? content + ": no problems found"
                        : String.format("%d %s, %d %s, %d %s", errors, errors == 1 ? "error" : "errors", warnings,
                                warnings == 1 ? "warning" : "warnings", notes, notes == 1 ? "note" : "notes"));
            }
        }
        return errors == 0 ? Main.OK : Main.CONTENT_ERRORS;
    }
}
