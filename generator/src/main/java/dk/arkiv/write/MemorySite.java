package dk.arkiv.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A site held in memory, for the preview server: files are looked up by site path only, so no
 * request can reach the file system.
 */
public final class MemorySite implements SiteSink {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Set<String> writtenThisBuild = ConcurrentHashMap.newKeySet();
    /** Derived files not written yet, by name. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(Predicate<String> covers, Derived files) {
    }

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

    @Override
    public int writeWhenAsked(String directory, Derived derived) {
        return writeWhenAsked(directory, path -> path.startsWith(directory), derived);
    }

    /** Drops these files of an earlier build and writes them when one of them is asked for. */
    @Override
    public int writeWhenAsked(String name, Predicate<String> covers, Derived derived) {
        synchronized (pending) {
            pending.put(name, new Pending(covers, derived));
            files.keySet().removeIf(covers);
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
        pending.forEach((name, derived) -> {
            if (derived.covers().test(sitePath)) {
                writePending(name);
            }
        });
        return Optional.ofNullable(files.get(sitePath));
    }

    /** Whether the site holds the file now; derived files not yet written are not made for this. */
    public boolean has(String sitePath) {
        return files.containsKey(sitePath);
    }

    private void writePending(String name) {
        synchronized (pending) {
            Pending derived = pending.remove(name);
            if (derived != null) {
                try {
                    derived.files().writeTo(this);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not write " + name, e);
                }
            }
        }
    }

    /** Every file of the site, the derived ones written first. */
    public SortedSet<String> paths() {
        List.copyOf(pending.keySet()).forEach(this::writePending);
        return new TreeSet<>(files.keySet());
    }

    public int size() {
        return files.size();
    }
}
