package dk.arkiv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Stream;

/** Small content directories written by tests, and the repository's own directories. */
public final class TestSites {
    /** A fixed clock: builds in tests do not depend on the day they run. */
    public static final LocalDateTime NOW = LocalDateTime.of(2024, 12, 1, 12, 0);

    private TestSites() {
    }

    public static Path repository() {
        return Path.of(System.getProperty("arkiv.repository", "..")).toAbsolutePath().normalize();
    }

    public static Path templates() {
        return repository().resolve("templates");
    }

    public static BuildRequest request(Path content, Path out) {
        return new BuildRequest(content, templates(), out, Optional.empty(), false, NOW);
    }

    /** A copy of the repository's sample archive in {@code dir}/content, for tests that change it. */
    /** The years and meetings {@link #addLongLists} adds: 250 entries in each long list. */
    public static final int LONG_LISTS_FIRST_YEAR = 2011;
    public static final int LONG_LISTS_YEARS = 10;
    public static final int LONG_LISTS_MEETINGS_A_YEAR = 25;

    /**
     * Lists longer than a page holds, in a copy of the sample: meetings of KKR Hovedstaden from
     * 2011 to 2020, 25 a year, each with Anna Arkivsen (A, Albertslund) and one item on
     * Klimaalliancen, and one such meeting in 2005, a year of one meeting.
     */
    public static void addLongLists(Path content) throws IOException {
        Files.writeString(content.resolve("meetings/hovedstaden/2005-06-01.md"), longListMeeting(LocalDate.of(2005, 6, 1)));
        for (int year = LONG_LISTS_FIRST_YEAR; year < LONG_LISTS_FIRST_YEAR + LONG_LISTS_YEARS; year++) {
            for (int i = 0; i < LONG_LISTS_MEETINGS_A_YEAR; i++) {
                LocalDate date = LocalDate.of(year, 1, 5).plusDays(7L * i);
                Files.writeString(content.resolve("meetings/hovedstaden/" + date + ".md"), longListMeeting(date));
            }
        }
    }

    private static String longListMeeting(LocalDate date) {
        return "---\ncouncil: hovedstaden\nkind: referat\ndate: " + date + "\n"
                + "attendees:\n  - {name: Anna Arkivsen, party: A, municipality: Albertslund}\n"
                + "items:\n  - number: \"1\"\n    title: Klimaalliancen, status\n    topics: [klimaalliancen]\n"
                + "---\n\n## 1. Klimaalliancen, status\n\n### Beslutning\n\nGodkendt.\n";
    }

    public static Path copyOfSample(Path dir) throws IOException {
        return copy(repository().resolve("content"), dir.resolve("content"));
    }

    /** The repository's templates copied into {@code dir}/templates, for tests that change them. */
    public static Path copyOfTemplates(Path dir) throws IOException {
        return copy(templates(), dir.resolve("templates"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return to;
    }

    /** A minimal valid archive: one council, two parties, one topic, no meetings. */
    public static Path minimalContent(Path dir) throws IOException {
        Path content = dir.resolve("content");
        write(content.resolve("site.yaml"), "title: Testarkiv\nbase_url: https://arkiv.example.dk/\n");
        write(content.resolve("councils/nordjylland.yaml"), """
                name: KKR Nordjylland
                region: Region Nordjylland
                municipalities: [Aalborg, Frederikshavn, Hjørring, Thisted]
                """);
        write(content.resolve("parties.yaml"), "A: Socialdemokratiet\nV: Venstre\n");
        write(content.resolve("topics/klimaalliancen.md"), """
                ---
                title: Klimaalliancen
                match: [Klimaalliancen, KlimaNord]
                ---
                Klimaalliancen mellem kommunerne og regionerne.
                """);
        return content;
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A valid minutes file for KKR Nordjylland on the given date, with a placeholder to vary. */
    public static String minutes(String date, String extraFrontMatter, String body) {
        return """
                ---
                council: nordjylland
                kind: referat
                date: %s
                time: "10:00"
                place: Aalborg Rådhus
                attendees:
                  - {name: Lasse Frimand Jensen, party: A, municipality: Aalborg}
                  - {name: Peter E. Nielsen, party: A, municipality: Frederikshavn, substitute_for: Birgit Hansen}
                absent:
                  - {name: Birgit Stenbak Hansen, party: A, municipality: Frederikshavn}
                items:
                  - number: "1.1"
                    title: Godkendelse af dagsorden
                  - number: "2.1"
                    title: Status fra KlimaNord
                %s---
                %s""".formatted(date, extraFrontMatter, body);
    }

    public static final String MINUTES_BODY = """

            # 1. Godkendelse

            ## 1.1. Godkendelse af dagsorden

            ### Indstilling

            Det indstilles, at KKR Nordjylland godkender dagsordenen.

            ### Beslutning

            Dagsordenen blev godkendt.

            # 2. Regionalpolitiske sager

            ## 2.1. Status fra KlimaNord

            ### Baggrund

            KlimaNord er den regionale organisering af den nationale Klimaalliance.

            #### Sekretariatet

            Sekretariatet fortæller om indsatserne.

            ### Beslutning

            Taget til efterretning.
            """;
}
