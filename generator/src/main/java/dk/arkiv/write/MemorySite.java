package dk.arkiv.write;

import java.io.IOException;
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
        return Optional.ofNullable(files.get(sitePath));
    }

    public int size() {
        return files.size();
    }
}
