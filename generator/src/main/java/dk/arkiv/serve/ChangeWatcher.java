package dk.arkiv.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the content and template directories, all the way down, and reports a change once the
 * files have been quiet for a moment (editors save in several steps).
 */
final class ChangeWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 80;

    private final WatchService watcher;
    private final Path templates;

    ChangeWatcher(List<Path> roots, Path templates) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.templates = templates.toAbsolutePath().normalize();
        for (Path root : roots) {
            register(root.toAbsolutePath().normalize());
        }
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Blocks, calling {@code onChange} with whether a template changed, until closed. */
    void run(Consumer<Boolean> onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean templateChanged = false;
                while (key != null) {
                    Path dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        Path changed = dir.resolve(String.valueOf(event.context()));
                        templateChanged |= changed.startsWith(templates);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                            register(changed);
                        }
                    }
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                onChange.accept(templateChanged);
            }
        } catch (InterruptedException | ClosedWatchServiceException | IOException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
