package dk.arkiv.cli;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildProgress;
import dk.arkiv.BuildRequest;
import dk.arkiv.BuildResult;
import dk.arkiv.content.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arkiv build}: renders content/ into site-output/. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Renders the archive in --content into a static website in --out."
                + " The output directory is replaced only when the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--content", paramLabel = "DIR", description = "the archive to build (default: ${DEFAULT-VALUE})")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", description = "templates and assets (default: ${DEFAULT-VALUE})")
    Path templates = Path.of("templates");

    @Option(names = "--out", paramLabel = "DIR", description = "where the site is written (default: ${DEFAULT-VALUE})")
    Path out = Path.of("site-output");

    @Option(names = "--base-url", paramLabel = "URL",
            description = "where the site is published, e.g. https://example.org/arkiv/ (default: site.yaml's base_url)")
    Optional<String> baseUrl = Optional.empty();

    @Option(names = "--directory-urls",
            description = "links end in '/' rather than naming index.html; for web servers that serve index.html")
    boolean directoryUrls;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usageProblem = baseUrl.flatMap(BuildCommand::checkBaseUrl);
        if (usageProblem.isPresent()) {
            err.println("arkiv build: " + usageProblem.get());
            return Main.USAGE_ERROR;
        }
        long start = System.nanoTime();
        BuildProgress progress = new BuildProgress();
        BuildRequest request = new BuildRequest(content, templates, this.out, baseUrl, directoryUrls, LocalDateTime.now());
        BuildResult result;
        try (ProgressLine line = ProgressLine.show(progress, err, !verbosity.quiet && isInteractive())) {
            result = new Arkiv().build(request, progress);
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError() || !verbosity.quiet) {
                err.println(diagnostic);
            }
        }
        if (!result.succeeded()) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            err.println(errors + (errors == 1 ? " error" : " errors") + "; " + this.out + " was not changed.");
            return Main.CONTENT_ERRORS;
        }
        if (!verbosity.quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(String.format(Locale.ROOT, "Built %d pages (%d files) in %.2f s into %s", result.pages(),
                    result.files(), seconds, this.out));
        }
        if (verbosity.verbose) {
            out.println("Stages: " + progress.stages().stream()
                    .map(s -> String.format(Locale.ROOT, "%s %.2f s%s", s.name(), s.millis() / 1000.0,
                            s.alongside() ? " (alongside)" : ""))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return Main.OK;
    }

    /** Progress is for people at a terminal; CI logs stay quiet. */
    private static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    private static Optional<String> checkBaseUrl(String url) {
        if (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of("--base-url must be a web address such as https://example.org/arkiv/ or a path such as"
                + " /arkiv/, not '" + url + "'");
    }
}
