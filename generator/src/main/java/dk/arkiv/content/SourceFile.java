package dk.arkiv.content;

import java.nio.file.Path;

/**
 * A file of the content directory.
 *
 * @param path where it is on disk
 * @param relative its path inside the content directory, with forward slashes
 * @param displayName how diagnostics name it
 */
public record SourceFile(Path path, String relative, String displayName) {

    public static SourceFile in(Path contentDir, Path file) {
        String relative = contentDir.relativize(file).toString().replace('\\', '/');
        return new SourceFile(file, relative, displayName(file));
    }

    private static String displayName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
