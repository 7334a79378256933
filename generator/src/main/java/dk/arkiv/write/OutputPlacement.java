package dk.arkiv.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the output directory may not be: it is replaced whole on every build, so it must not be,
 * hold or sit inside the content, the templates or the directory the build runs in.
 */
public final class OutputPlacement {
    private OutputPlacement() {
    }

    private record Guarded(Path dir, String what) {
    }

    public static Optional<String> problem(Path out, Path content, Path templates, Path workingDirectory) {
        Path o = real(out);
        for (Guarded guarded : List.of(new Guarded(content, "the content directory"),
                new Guarded(templates, "the templates directory"))) {
            Path dir = real(guarded.dir());
            if (dir.startsWith(o)) {
                return Optional.of("--out " + out + " would replace " + guarded.what() + " " + guarded.dir()
                        + "; choose a directory of its own, e.g. site-output");
            }
            if (o.startsWith(dir)) {
                return Optional.of("--out " + out + " is inside " + guarded.what() + " " + guarded.dir()
                        + "; choose a directory outside it, e.g. site-output");
            }
        }
        if (real(workingDirectory).startsWith(o)) {
            return Optional.of("--out " + out + " would replace the directory the build runs in; choose a directory"
                    + " of its own, e.g. site-output");
        }
        return Optional.empty();
    }

    /** The absolute path with symbolic links resolved as far as the path exists. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (java.io.IOException e) {
            return absolute;
        }
    }
}
