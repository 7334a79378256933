package dk.arkiv.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
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
    /** Files copied in by the last finished build (attachments, assets), and by this one. */
    private Set<String> copied = Set.of();
    private final Set<String> copiedThisBuild = ConcurrentHashMap.newKeySet();
    /** Files written by builds that did not finish: their content belongs to no good build. */
    private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
    private boolean building;
    /** Derived files not written yet, by name. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** The files each kind of derived files wrote when it was last asked for, by name. */
    private final Map<String, Set<String>> derivedFiles = new ConcurrentHashMap<>();

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
        copiedThisBuild.add(sitePath);
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
            Set<String> earlier = derivedFiles.remove(name);
            if (earlier != null) {
                files.keySet().removeAll(earlier);
            }
        }
        return 0;
    }

    /** Starts a build that writes only what changed. */
    public void startBuild() {
        if (building) {
            unsettled.addAll(writtenThisBuild);
        }
        building = true;
        writtenThisBuild.clear();
        copiedThisBuild.clear();
    }

    /** The files that builds which did not finish wrote: the next build must write them again. */
    public Set<String> unsettledFiles() {
        return Collections.unmodifiableSet(unsettled);
    }

    /**
     * Ends a build: the files it wrote stay, as do the pages of earlier builds it did not need to
     * write; the {@code removed} pages go, and so do files copied in before and not now (an
     * attachment no longer listed) and files of unfinished builds that this one did not write again.
     */
    public void finishBuild(Collection<String> removed) {
        files.keySet().removeAll(removed);
        copied.stream().filter(path -> !copiedThisBuild.contains(path)).forEach(files::remove);
        copied = Set.copyOf(copiedThisBuild);
        unsettled.stream().filter(path -> !writtenThisBuild.contains(path)).forEach(files::remove);
        unsettled.clear();
        building = false;
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
                    Set<String> written = ConcurrentHashMap.newKeySet();
                    derived.files().writeTo(new Recorder(written));
                    derivedFiles.put(name, written);
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

    /** Writes into this site and notes each path, so that the next build can drop those files. */
    private final class Recorder implements SiteSink {
        private final Set<String> written;

        Recorder(Set<String> written) {
            this.written = written;
        }

        @Override
        public void write(String sitePath, byte[] bytes) {
            MemorySite.this.write(sitePath, bytes);
            written.add(sitePath);
        }

        @Override
        public void write(String sitePath, Body body) throws IOException {
            MemorySite.this.write(sitePath, body);
            written.add(sitePath);
        }

        @Override
        public void copy(String sitePath, Path source) throws IOException {
            MemorySite.this.copy(sitePath, source);
            written.add(sitePath);
        }
    }
}
