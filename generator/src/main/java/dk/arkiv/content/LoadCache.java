package dk.arkiv.content;

import dk.arkiv.model.Meeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meeting files already read, for the preview server: a file whose modification time and size are
 * unchanged is not read again. Everything is dropped when the files that meetings are checked
 * against (councils, parties, topics) change.
 */
public final class LoadCache {
    private record Entry(Object stamp, Optional<Meeting> meeting, List<Diagnostic> diagnostics) {
    }

    private static final Object ABSENT = "absent";

    private final Map<Path, Entry> meetings = new ConcurrentHashMap<>();
    private volatile Object vocabularyStamp;

    /** Keeps the cache only if the vocabulary's files are as they were. */
    void useVocabulary(Object stamp) {
        if (!stamp.equals(vocabularyStamp)) {
            meetings.clear();
            vocabularyStamp = stamp;
        }
    }

    /** The meeting of a file with this {@link #stamp}, read again only when the stamp differs from the last. */
    Optional<Meeting> meeting(Path file, Object stamp, Diagnostics diagnostics, java.util.function.Function<Diagnostics,
            Optional<Meeting>> read) {
        Entry entry = meetings.get(file);
        if (entry == null || !entry.stamp().equals(stamp)) {
            Diagnostics own = new Diagnostics();
            entry = new Entry(stamp, read.apply(own), own.sorted());
            meetings.put(file, entry);
        }
        entry.diagnostics().forEach(diagnostics::add);
        return entry.meeting();
    }

    /**
     * Modification time and size: a saved file changes at least one of them. A missing file has a
     * stamp of its own (an archive without people.yaml must not look changed on every build); a
     * file that cannot be read never equals an earlier stamp, so it is read again.
     */
    static Object stamp(Path file) {
        try {
            return stamp(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return ABSENT;
        } catch (IOException e) {
            return List.of(file, System.nanoTime());
        }
    }

    static Object stamp(BasicFileAttributes attributes) {
        return List.of(attributes.lastModifiedTime(), attributes.size());
    }
}
