package dk.arkiv.write;

import java.io.IOException;
import java.nio.file.Path;

/** Where a built site goes: a directory on disk, or memory for the preview server. */
public interface SiteSink {
    /** Writes a file of the site; {@code sitePath} is relative, with forward slashes. */
    void write(String sitePath, byte[] bytes) throws IOException;

    /** Copies a file into the site unchanged. */
    void copy(String sitePath, Path source) throws IOException;
}
