package dk.arkiv.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Predicate;

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

    /**
     * Writes the files under {@code directory} that are derived from the whole archive (the search
     * index, open data). A site on disk writes them now. The preview server writes them when a file
     * under the directory is first asked for: every save changes them, but few saves are followed by
     * a search or a look at the data, and making them is a third of a large archive's build.
     *
     * @return the number of files written now
     */
    default int writeWhenAsked(String directory, Derived files) throws IOException {
        return writeWhenAsked(directory, path -> path.startsWith(directory), files);
    }

    /**
     * Like {@link #writeWhenAsked(String, Derived)} for files anywhere in the site: {@code covers}
     * tells which paths they may have. {@code name} tells one kind of derived files from another.
     */
    default int writeWhenAsked(String name, Predicate<String> covers, Derived files) throws IOException {
        return files.writeTo(this);
    }

    /** Files derived from the archive, written into a site; returns how many. */
    @FunctionalInterface
    interface Derived {
        int writeTo(SiteSink site) throws IOException;
    }
}
