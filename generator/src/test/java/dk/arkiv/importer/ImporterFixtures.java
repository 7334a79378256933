package dk.arkiv.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the tests find the seeds, the fixtures and a content/ to import into. */
final class ImporterFixtures {

    private ImporterFixtures() {
    }

    /** The repository root: set by the POM for surefire, else the working directory's parent. */
    static Path repository() {
        String property = System.getProperty("arkiv.repository");
        return property != null ? Path.of(property) : Path.of("..").toAbsolutePath().normalize();
    }

    static Path seed(String prefix) {
        Path seeds = repository().resolve("../shared/seeds").normalize();
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix + "* in " + seeds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fixture(String name) {
        return resource("fixtures/" + name);
    }

    /** A fresh copy of the test content/ (five KKRs, Økonomiudvalget, parties, a few topics) under dir. */
    static Path content(Path dir) {
        Path source = resource("content");
        Path target = dir.resolve("content");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static ImportContext context(Path dir) {
        try {
            return ImportContext.load(content(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        return repository().resolve("generator/src/test/resources/importer").resolve(name);
    }
}
