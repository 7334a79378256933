package dk.arkiv.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site held in memory, for the preview server: files are looked up by site path only, so no
 * request can reach the file system.
 */
public final class MemorySite implements SiteSink {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> writtenThisBuild = ConcurrentHashMap.newKeySet();
    /** Derived files not written yet, by the directory they go in. */
    private final Map<String, Derived> pending = new ConcurrentHashMap<>();

    @Override
    public void write(String sitePath, byte[] bytes) {
        files.put(sitePath, bytes);
        writtenThisBuild.add(sitePath);
    }

    @Override
    public void write(String sitePath, Body body) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        body.writeTo(bytes);
        write(sitePath, bytes.toByteArray());
    }

    @Override
    public void copy(String sitePath, Path source) throws IOException {
        write(sitePath, Files.readAllBytes(source));
    }

    /** Drops what the directory holds from an earlier build and writes it when one of its files is asked for. */
    @Override
    public int writeWhenAsked(String directory, Derived derived) {
        synchronized (pending) {
            pending.put(directory, derived);
            files.keySet().removeIf(path -> path.startsWith(directory));
        }
        return 0;
    }

    /** Starts a build that writes only what changed. */
    public void startBuild() {
        writtenThisBuild.clear();
    }

    /**
     * Ends a build: files it wrote stay, and so do the {@code unchanged} pages it did not need to
     * write; everything else (pages of removed meetings, say) goes.
     */
    public void finishBuild(Collection<String> unchanged) {
        Set<String> keep = new HashSet<>(writtenThisBuild);
        keep.addAll(unchanged);
        files.keySet().retainAll(keep);
    }

    public Optional<byte[]> file(String sitePath) {
        for (String directory : pending.keySet()) {
            if (sitePath.startsWith(directory)) {
                writePending(directory);
            }
        }
        return Optional.ofNullable(files.get(sitePath));
    }

    private void writePending(String directory) {
        synchronized (pending) {
            Derived derived = pending.remove(directory);
            if (derived != null) {
                try {
                    derived.writeTo(this);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write " + directory, e);
                }
            }
        }
    }

    public int size() {
        return files.size();
    }
}
