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
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        Site site = optionalFile(dir, "site.yaml")
                .map(file -> SiteReader.read(file, diagnostics))
                .orElseGet(ContentLoader::defaultSite);
        List<Council> councils = files(dir.resolve("councils"), ".yaml").stream()
                .filter(path -> insideContent(dir, path, diagnostics))
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
                .filter(path -> insideContent(dir, path, diagnostics)).toList();
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
                .filter(path -> insideContent(dir, path, diagnostics))
                .map(path -> cache.meeting(path, diagnostics, own -> reader.read(SourceFile.in(dir, path), own)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Meeting::councilId).thenComparing(Meeting::date)
                        .thenComparing(Meeting::kind, Comparator.reverseOrder()))
                .toList();
        return new Result(new Archive(site, councils, parties, people, topics, meetings), diagnostics);
    }

    /** A file that is a link to somewhere outside content/ is not read: content is what the repository holds. */
    private static boolean insideContent(Path dir, Path file, Diagnostics diagnostics) {
        try {
            if (file.toRealPath().startsWith(dir.toRealPath())) {
                return true;
            }
        } catch (IOException e) {
            // Reported below like any file that cannot be followed.
        }
        diagnostics.error(SourceFile.in(dir, file), 0, 0, "the file is a link to a place outside the content"
                + " directory; copy the file into content/ instead");
        return false;
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

    /** meetings/&lt;council&gt;/*.md; anything else under meetings/ is reported, not ignored. */
    private static List<Path> meetingFiles(Path dir, Diagnostics diagnostics) {
        Path meetings = dir.resolve("meetings");
        if (!Files.isDirectory(meetings)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(meetings, 2)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        boolean inCouncilFolder = meetings.relativize(p).getNameCount() == 2;
                        boolean markdown = p.getFileName().toString().endsWith(".md");
                        if (!inCouncilFolder || !markdown) {
                            if (!p.getFileName().toString().startsWith(".")) {
                                diagnostics.warning(SourceFile.in(dir, p), 0, 0, "not read: meeting files are"
                                        + " meetings/<council>/<YYYY-MM-DD>.md");
                            }
                            return false;
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
