package dk.arkiv.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * A site being written. Files go into a new directory beside the output directory; {@link #commit()}
 * swaps it in, and {@link #close()} without a commit removes it, also when the JVM is stopped
 * (Ctrl-C). The output directory carries a marker file, so a directory that Arkiv did not make is
 * never replaced.
 *
 * <p>A file whose bytes are those of the same file in the previous site is not written again: the
 * new site gets a hard link to it. Unchanged files keep their modification time, so a deployment
 * that compares times (rsync) sends only what changed, and the file system allocates no new file
 * for them. Files are never changed in place, so the two sites sharing a file is safe.
 */
public final class SiteOutput implements SiteSink, AutoCloseable {
    /** Marks a directory as Arkiv's output, safe to replace. */
    public static final String MARKER = ".arkiv-site";
    private static final byte[] MARKER_TEXT = ("This directory is made by arkiv build and replaced by the next build.\n")
            .getBytes(StandardCharsets.UTF_8);

    private final Path target;
    private final Path staging;
    /** The site being replaced, whose unchanged files are linked rather than written; null when none. */
    private final Path previousSite;
    private final OutputLock lock;
    private final Thread cleanupOnExit;
    private static final SecureRandom RANDOM = new SecureRandom();
    private boolean committed;
    /** Set when the JVM is stopping: writers still running must not refill the directory being removed. */
    private volatile boolean abandoned;

    private SiteOutput(Path target, Path staging, OutputLock lock) {
        this.target = target;
        this.staging = staging;
        this.previousSite = Files.isRegularFile(target.resolve(MARKER)) ? target : null;
        this.lock = lock;
        this.cleanupOnExit = new Thread(this::abandon, "arkiv-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /**
     * Starts a new site for {@code target}.
     *
     * @throws OutputRefused when the target exists and is not Arkiv's output
     */
    public static SiteOutput begin(Path target) throws OutputRefused, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        OutputLock lock = OutputLock.acquire(absolute);
        try {
            removeLeftovers(absolute);
            Path staging = newDirectory(parent, "." + absolute.getFileName() + ".building-");
            SiteOutput output = new SiteOutput(absolute, staging, lock);
            output.write(MARKER, MARKER_TEXT);
            return output;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A new directory with a name of its own. Not createTempDirectory: that makes the directory
     * private (rwx------), and the published site with it, which a web server running as another
     * user could not read. This one gets the permissions of any new directory (the umask's).
     */
    private static Path newDirectory(Path parent, String prefix) throws IOException {
        while (true) {
            Path directory = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(directory);
            } catch (FileAlreadyExistsException taken) {
                // Another name, then.
            }
        }
    }

    /**
     * Removes what a killed build left beside the output (a JVM killed with SIGKILL runs no
     * shutdown hook). Safe because we hold the output's lock: no other build is running.
     */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)
                        && (name.startsWith(prefix + ".building-") || name.startsWith(prefix + ".previous-"))) {
                    deleteQuietly(sibling);
                }
            }
        }
    }

    private static void checkReplaceable(Path target) throws OutputRefused, IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputRefused(target + " is a file, not a directory; choose another --out");
        }
        if (Files.isRegularFile(target.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new OutputRefused(target + " is not empty and was not made by arkiv build; choose an empty"
                        + " or new directory for --out (nothing was changed)");
            }
        }
    }

    @Override
    public void write(String sitePath, byte[] bytes) throws IOException {
        refuseWhenAbandoned();
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        if (!linkedUnchanged(sitePath, file, bytes.length, earlier -> Arrays.equals(Files.readAllBytes(earlier), bytes))) {
            unlinkShared(file);
            Files.write(file, bytes);
        }
    }

    @Override
    public void write(String sitePath, Body body) throws IOException {
        refuseWhenAbandoned();
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        unlinkShared(file);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            body.writeTo(out);
        }
    }

    @Override
    public void copy(String sitePath, Path source) throws IOException {
        refuseWhenAbandoned();
        Path file = resolve(sitePath);
        Files.createDirectories(file.getParent());
        if (!linkedUnchanged(sitePath, file, Files.size(source), earlier -> Files.mismatch(earlier, source) == -1)) {
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writing into a file linked to the previous site would change that site while it is served: a
     * path written twice gets a file of its own.
     */
    private void unlinkShared(Path file) throws IOException {
        if (previousSite != null) {
            Files.deleteIfExists(file);
        }
    }

    /** How a file of the previous site is compared with the new file. */
    @FunctionalInterface
    private interface SameContent {
        boolean test(Path earlier) throws IOException;
    }

    /**
     * Links {@code file} to the previous site's file at {@code sitePath} when that is a regular file
     * of {@code size} bytes with the same content; returns whether it did. A file system without
     * hard links, or any trouble reading the previous file, means the file is written.
     */
    private boolean linkedUnchanged(String sitePath, Path file, long size, SameContent sameContent) {
        if (previousSite == null) {
            return false;
        }
        Path earlier = previousSite.resolve(sitePath);
        try {
            BasicFileAttributes attributes = Files.readAttributes(earlier, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != size || !sameContent.test(earlier)) {
                return false;
            }
            Files.createLink(file, earlier);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private void refuseWhenAbandoned() throws IOException {
        if (abandoned) {
            throw new IOException("the build was stopped");
        }
    }

    /** On Ctrl-C or kill: stop writing and remove the half-written site, which writes in flight may refill. */
    private void abandon() {
        abandoned = true;
        for (int attempt = 0; attempt < 50 && Files.exists(staging); attempt++) {
            try {
                deleteQuietly(staging);
            } catch (UncheckedIOException stillBeingWritten) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Path resolve(String sitePath) {
        Path file = staging.resolve(sitePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("not a path inside the site: " + sitePath);
        }
        return file;
    }

    /** Replaces the output directory with the new site. */
    public void commit() throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
            Files.delete(previous);
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, target);
            }
            throw e;
        }
        committed = true;
        if (previous != null) {
            deleteQuietly(previous);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteQuietly(staging);
        }
        lock.close();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run: nothing left to remove.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + dir, e);
        }
    }
}
