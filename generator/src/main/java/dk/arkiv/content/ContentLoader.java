package dk.arkiv.content;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Council;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.NameVariants;
import dk.arkiv.model.Party;
import dk.arkiv.model.Site;
import dk.arkiv.model.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load stage: reads the whole content directory into an {@link Archive}, collecting every
 * problem as a diagnostic. Meeting files are read in parallel; the result's order never depends
 * on it.
 */
public final class ContentLoader {

    /** The archive and what was found wrong on the way; the archive is partial when there are errors. */
    public record Result(Archive archive, Diagnostics diagnostics) {
    }

    public Result load(Path contentDir) {
        return load(contentDir, new LoadCache());
    }

    /** Loads the content, reading again only the meeting files that changed since the cache saw them. */
    public Result load(Path contentDir, LoadCache cache) {
        Diagnostics diagnostics = new Diagnostics();
        Path dir = contentDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            diagnostics.add(new Diagnostic(contentDir.toString(), 0, 0, Severity.ERROR,
                    "the content directory does not exist; pass --content DIR"));
            return new Result(new Archive(defaultSite(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    diagnostics);
        }
        Containment content = new Containment(dir, diagnostics);
        Site site = optionalFile(dir, "site.yaml")
                .map(file -> SiteReader.read(file, diagnostics))
                .orElseGet(ContentLoader::defaultSite);
        List<Council> councils = files(dir.resolve("councils"), ".yaml").stream()
                .filter(content::holds)
                .map(path -> CouncilReader.read(SourceFile.in(dir, path), diagnostics))
                .flatMap(Optional::stream)
                .toList();
        if (councils.isEmpty()) {
            diagnostics.add(new Diagnostic(SourceFile.in(dir, dir.resolve("councils")).displayName(), 0, 0,
                    Severity.ERROR, "no councils; add a file councils/<id>.yaml for each council"));
        }
        List<Party> parties = optionalFile(dir, "parties.yaml")
                .map(file -> PartiesReader.read(file, diagnostics))
                .orElse(List.of());
        List<NameVariants> people = optionalFile(dir, "people.yaml")
                .map(file -> PeopleReader.read(file, diagnostics))
                .orElse(List.of());
        List<Path> topicFiles = files(dir.resolve("topics"), ".md").stream()
                .filter(content::holds).toList();
        Set<String> topicIds = topicFiles.stream()
                .map(p -> Ids.fromFileName(p.getFileName().toString()))
                .collect(Collectors.toSet());
        List<Topic> topics = topicFiles.stream()
                .map(path -> TopicReader.read(SourceFile.in(dir, path), topicIds, diagnostics))
                .flatMap(Optional::stream)
                .toList();

        MeetingReader reader = new MeetingReader(dir, Vocabulary.of(councils, parties, topics));
        cache.useVocabulary(vocabularyStamp(dir));
        List<Meeting> meetings = meetingFiles(dir, diagnostics).parallelStream()
                .filter(file -> content.holds(file.path(), file.isLink()))
                .map(file -> cache.meeting(file.path(), LoadCache.stamp(file.attributes()), diagnostics,
                        own -> reader.read(SourceFile.in(dir, file.path()), own)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Meeting::councilId).thenComparing(Meeting::date)
                        .thenComparing(Meeting::kind, Comparator.reverseOrder()))
                .toList();
        return new Result(new Archive(site, councils, parties, people, topics, meetings), diagnostics);
    }

    /**
     * Tells whether files lie inside the content directory once links are followed: a file that is
     * a link to somewhere outside content/ is not read, since content is what the repository holds.
     * Links are resolved only where there are some: a file that is no link lies where its folder
     * does, and each folder is resolved once (resolving every path cost the preview server a
     * dozen system calls per meeting file on every save).
     */
    private static final class Containment {
        private final Path dir;
        private final Diagnostics diagnostics;
        private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        private final Optional<Path> realDir;

        Containment(Path dir, Diagnostics diagnostics) {
            this.dir = dir;
            this.diagnostics = diagnostics;
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                real = null;
            }
            this.realDir = Optional.ofNullable(real);
        }

        boolean holds(Path file) {
            return holds(file, Files.isSymbolicLink(file));
        }

        boolean holds(Path file, boolean isLink) {
            boolean inside = (!isLink && folders.computeIfAbsent(file.getParent(), this::resolvesInside))
                    || resolvesInside(file);
            if (!inside) {
                diagnostics.error(SourceFile.in(dir, file), 0, 0, "the file is a link to a place outside the content"
                        + " directory; copy the file into content/ instead");
            }
            return inside;
        }

        private boolean resolvesInside(Path path) {
            try {
                return realDir.isPresent() && path.toRealPath().startsWith(realDir.get());
            } catch (IOException e) {
                return false; // reported like any file that cannot be followed
            }
        }
    }

    /** The state of every file that meeting files are checked against. */
    private static Object vocabularyStamp(Path dir) {
        List<Object> stamp = new java.util.ArrayList<>();
        for (String name : List.of("site.yaml", "parties.yaml", "people.yaml")) {
            stamp.add(LoadCache.stamp(dir.resolve(name)));
        }
        for (Path file : files(dir.resolve("councils"), ".yaml")) {
            stamp.add(List.of(file, LoadCache.stamp(file)));
        }
        for (Path file : files(dir.resolve("topics"), ".md")) {
            stamp.add(List.of(file, LoadCache.stamp(file)));
        }
        // Attachments are checked for existence (a file added or removed under files/ changes its
        // folder) and attachment documents are read with the meeting that lists them.
        Path files = dir.resolve("files");
        if (Files.isDirectory(files)) {
            try (Stream<Path> paths = Files.walk(files)) {
                paths.filter(f -> Files.isDirectory(f) || f.toString().endsWith(".md")).sorted()
                        .forEach(f -> stamp.add(List.of(f, LoadCache.stamp(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stamp;
    }

    private static Site defaultSite() {
        return new Site("Arkiv", "/", "da", "", Optional.empty());
    }

    private static Optional<SourceFile> optionalFile(Path dir, String name) {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(SourceFile.in(dir, file)) : Optional.empty();
    }

    /** Files with the extension directly in {@code dir}, sorted by name. */
    private static List<Path> files(Path dir, String extension) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A meeting file and what the walk that found it read of it: the one system call per file that
     * the preview server makes for an unchanged meeting on each save.
     *
     * @param attributes the file's own, or for a link those of the file it links to
     */
    private record MeetingFile(Path path, boolean isLink, BasicFileAttributes attributes) {
    }

    /** meetings/&lt;council&gt;/*.md; anything else under meetings/ is reported, not ignored. */
    private static List<MeetingFile> meetingFiles(Path dir, Diagnostics diagnostics) {
        Path meetings = dir.resolve("meetings");
        if (!Files.isDirectory(meetings)) {
            return List.of();
        }
        List<MeetingFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(meetings, Set.of(), 2, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes own) throws IOException {
                    // At the walk's depth folders come here too; they and broken links are skipped.
                    BasicFileAttributes attributes = own.isSymbolicLink() ? followed(file) : own;
                    if (attributes == null || !attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    boolean inCouncilFolder = meetings.relativize(file).getNameCount() == 2;
                    boolean markdown = file.getFileName().toString().endsWith(".md");
                    if (inCouncilFolder && markdown) {
                        found.add(new MeetingFile(file, own.isSymbolicLink(), attributes));
                    } else if (!file.getFileName().toString().startsWith(".")) {
                        diagnostics.warning(SourceFile.in(dir, file), 0, 0, "not read: meeting files are"
                                + " meetings/<council>/<YYYY-MM-DD>.md");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(MeetingFile::path));
        return found;
    }

    private static BasicFileAttributes followed(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
