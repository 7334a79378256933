package dk.arkiv.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where a built site goes: a directory on disk, or memory for the preview server. */
public interface SiteSink {
    /** Writes a file of the site; {@code sitePath} is relative, with forward slashes. */
    void write(String sitePath, byte[] bytes) throws IOException;

    /**
     * Writes a file of the site as the body streams it out, for files too large to hold in memory
     * (the open data's bulk file).
     */
    void write(String sitePath, Body body) throws IOException;

    /** A file's content, written to a stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Copies a file into the site unchanged. */
    void copy(String sitePath, Path source) throws IOException;
}
