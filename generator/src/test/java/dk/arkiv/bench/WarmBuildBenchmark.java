package dk.arkiv.bench;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildRequest;
import dk.arkiv.BuildResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The same full build several times in one JVM, each into a new output directory: the first build
 * is what {@code arkiv build} pays, code run for the first time included; the later ones show the
 * build's own work once the JIT has compiled it. The difference is what start-up and warm-up
 * cost. bench/warm.sh runs it with the launcher's JVM settings. Not a test: timings depend on the
 * machine.
 */
public final class WarmBuildBenchmark {
    private WarmBuildBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: WarmBuildBenchmark CONTENT TEMPLATES WORK_DIR [BUILDS]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int builds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<Long> later = new ArrayList<>();
        for (int i = 0; i < builds; i++) {
            Path out = work.resolve("build-" + i);
            BuildRequest request = new BuildRequest(content, templates, out, Optional.empty(), false,
                    LocalDateTime.now());
            long start = System.nanoTime();
            BuildResult result = new Arkiv().build(request);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!result.succeeded()) {
                System.err.println("build " + (i + 1) + " failed: " + result.diagnostics());
                System.exit(1);
            }
            System.out.printf("build %d: %d ms, %d pages%n", i + 1, millis, result.pages());
            if (i > 0) {
                later.add(millis);
            }
            // Removed before the next build, so that every build writes a new directory, as the
            // benchmark against Hugo does.
            deleteTree(out);
        }
        if (!later.isEmpty()) {
            later.sort(null);
            System.out.printf("builds 2-%d: median %d ms%n", builds, later.get(later.size() / 2));
        }
    }

    /** As the test helpers remove a site: a file left behind only stays in the work directory the script removes. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
