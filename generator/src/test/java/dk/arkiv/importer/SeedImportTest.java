package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import dk.arkiv.Arkiv;
import dk.arkiv.BuildResult;
import dk.arkiv.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real exports in ../shared/seeds import with the figures counted by hand from the documents. */
class SeedImportTest {
    @TempDir
    Path dir;

    private ImportResult.Meeting importSeed(String prefix, ImportOptions options) throws IOException {
        Importer importer = new Importer(ImporterFixtures.context(dir));
        ImportResult result = importer.importFile(ImporterFixtures.seed(prefix), options);
        assertThat(result).isInstanceOf(ImportResult.Meeting.class);
        ImportResult.Meeting written = (ImportResult.Meeting) result;
        MeetingFileChecks.assertBuilds(written.file(), dir.resolve("content"));
        return written;
    }

    private static String body(ImportResult.Meeting written) throws IOException {
        return Files.readString(written.file());
    }

    @Test
    void minutesFromPdfWithCoverPageAndContents() throws IOException {
        ImportResult.Meeting written = importSeed("000_", ImportOptions.none());
        ImportedMeeting m = written.meeting();

        assertThat(written.file()).endsWith(Path.of("meetings", "midtjylland", "2024-09-06.md"));
        assertThat(m.council()).isEqualTo("midtjylland");
        assertThat(m.kind()).isEqualTo(MeetingKind.MINUTES);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 9, 6));
        assertThat(m.time()).contains("10:00");
        assertThat(m.place()).contains("Scandic, Udgårdsvej 2, 8600 Silkeborg");
        assertThat(m.sag()).contains("SAG-2024-02547");
        assertThat(m.items()).extracting(ImportedItem::number, ImportedItem::title).containsExactly(
                tuple("1.1", "Godkendelse af referat fra mødet den 18. juni 2024"),
                tuple("2.1", "Siden sidst"),
                tuple("3.1", "Behovs- og afgangsanalyser af velfærdsuddannelserne"),
                tuple("3.2", "Fordeling af lærepladser på SOSU uddannelserne for 2025"),
                tuple("3.3", "Aftale om grønt Danmark"),
                tuple("3.4", "Klimaalliancen og status på indsatser"),
                tuple("3.5", "Politiske aftaler på erhvervsområdet: Aftale om et stærkere erhvervsliv (opfølgning på"
                        + " Frigast-rapport) og Aftale om iværksætterpakke"),
                tuple("4.1", "Udpegning - samarbejdsudvalget for fysioterapi"),
                tuple("6.1", "Punkter til næste møde"),
                tuple("7.1", "Eventuelt"));
        assertThat(m.groups()).extracting(ImportedGroup::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(m.groups().get(4).items()).as("5. KKR has no items").isEmpty();
        assertThat(m.attendees()).hasSize(24);
        assertThat(m.absent()).hasSize(13);
        assertThat(m.guests()).containsExactly(
                new Guest("Christian Brincker Nordbek", Optional.of("chefkonsulent"), Optional.of("KL")),
                new Guest("Jonna Holm Pedersen", Optional.of("specialkonsulent"), Optional.of("KL")),
                new Guest("Jesper Kaas Schmidt", Optional.of("kommunaldirektør, Randers"), Optional.of("KD-Net")));
        assertThat(m.attendees()).contains(
                new Member("Simon Vanggaard", Optional.of("O"), Optional.of("Ikast-Brande"), Optional.empty()),
                new Member("Rabih Azad-Ahmad", Optional.of("B"), Optional.of("Aarhus"), Optional.empty()));
        assertThat(m.decisionCount()).as("every item has its decision").isEqualTo(10);
        assertThat(m.items().get(5).initials()).contains("jl/chbn/jr");
        assertThat(m.items().get(8).initials()).contains("chbn/jhp");
        assertThat(m.items().get(5).topics()).contains("klimaalliancen");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void minutesRepairAPageBreakInsideAWordAndInsideASentence() throws IOException {
        String text = body(importSeed("000_", ImportOptions.none()));

        assertThat(text).contains("Derudover indføres en afgift på udbragt landbrugskalk")
                .contains("skal resultaterne læses med visse forbehold")
                .doesNotContain("Der-").doesNotContain("Mission").doesNotContain(".....")
                .contains("#### Møde mellem KL og KKR formandskaberne")
                .contains("| KKR Hovedstaden | 851 | 851 | 1.778 | 1779 |");
    }

    @Test
    void markdownExportWithStrayHtmlEscapedLinksAndTables() throws IOException {
        ImportResult.Meeting written = importSeed("001_", ImportOptions.none());
        ImportedMeeting m = written.meeting();
        String text = body(written);

        assertThat(m.council()).isEqualTo("hovedstaden");
        assertThat(m.kind()).isEqualTo(MeetingKind.AGENDA);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 9, 6));
        assertThat(m.time()).contains("10:00");
        assertThat(m.place()).contains("Glostrup Park Hotel, Hovedvejen 41, 2600 Glostrup");
        assertThat(m.items()).extracting(ImportedItem::number).containsExactly("1.1", "1.2", "2.1", "3.1", "3.2", "3.3",
                "3.4", "3.5", "3.6", "3.7", "3.8", "4.1", "5.1", "6.1");
        assertThat(m.items().get(8).title()).isEqualTo("Politiske aftaler på erhvervsområdet - Aftale om et stærkere"
                + " erhvervsliv og Aftale om iværksætterpakke");
        assertThat(m.attendees()).isEmpty();
        assertThat(m.decisionCount()).isZero();
        assertThat(m.items().get(4).attachments()).extracting(ImportedAttachment::title).containsExactly(
                "Rammeaftale 2025-2026", "Bilag 1 til Rammeaftale 2025-2026 Styringsdel",
                "Bilag 2 til Rammeaftale 2025-2026 Udviklingsdel");
        assertThat(m.items().get(3).attachments().get(0).url())
                .contains("https://hovedstadenskommuner.dk/tvaergaaende-mobilitetsanalyse-for-hovedstadsområdet/");
        assertThat(text).doesNotContain("<b>").doesNotContain("<sub>").doesNotContain("\\_").doesNotContain("](#)")
                .contains("CO₂-udslippet")
                .contains("del-1_Final_komprimeret.pdf>")
                .contains("| Allerød | 10,5 | 8 |")
                .contains("| I alt | 561,5 | 274 |")
                .contains("præsenteres for KKR Hovedstaden primo februar 2025")
                .contains("#### Udviklingsdel");
    }

    @Test
    void hardWrappedMinutesTakeTheirDateFromThePageFooters() throws IOException {
        ImportResult.Meeting written = importSeed("002_", ImportOptions.none());
        ImportedMeeting m = written.meeting();

        assertThat(m.council()).isEqualTo("nordjylland");
        assertThat(m.kind()).isEqualTo(MeetingKind.MINUTES);
        assertThat(m.date()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(m.items()).extracting(ImportedItem::number).containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "2.4",
                "2.5", "2.6", "2.7", "2.8", "3.1", "4.1");
        assertThat(m.groups()).extracting(ImportedGroup::number, g -> g.items().size())
                .containsExactly(tuple("1", 2), tuple("2", 8), tuple("3", 1), tuple("4", 1), tuple("5", 0));
        assertThat(m.attendees()).hasSize(15);
        assertThat(m.absent()).hasSize(9);
        assertThat(m.attendees()).contains(
                new Member("Peter E. Nielsen", Optional.of("A"), Optional.of("Frederikshavn"), Optional.of("Birgit Hansen")),
                new Member("Frank Østergaard", Optional.of("F"), Optional.of("Jammerbugt"), Optional.of("Henning Jørgensen")),
                new Member("Hans Ejner Bertelsen", Optional.of("V"), Optional.of("Morsø"), Optional.empty()));
        assertThat(m.absent()).contains(
                new Member("Brian Nielsen", Optional.of("D"), Optional.of("Thisted"), Optional.empty()));
        assertThat(m.decisionCount()).isEqualTo(12);
        assertThat(m.items().get(2).title()).isEqualTo("Status fra KlimaNord");
    }

    @Test
    void hardWrappedMinutesHaveNoHyphenationArtefactsOrPageFurnitureLeft() throws IOException {
        String text = body(importSeed("002_", ImportOptions.none()));

        assertThat(text).contains("er politisk udviklingsgruppe for KlimaNord")
                .contains("klimakoordinatorerne Anna-Marie Elmkær Chwastek")
                .contains("en stor del af CO2-udledningen i Danmark")
                .contains("de mange ambitioner, og at det er vigtigt")
                .contains("Social- og Boligministeriet")
                .contains("i perioden 2022-2026 fordelt")
                .contains("de to SOSU-uddannelser")
                .contains("KlimaNord-sekretariatet gav en mundtlig præsentation")
                .contains("med Jammerbugt og vil i efteråret")
                .contains("1. december 2024. Herefter sender Rammeaftalesekretariatet")
                .doesNotContain("ud- viklingsgruppe").doesNotContain("ambitio-").doesNotContain("SIDE")
                .doesNotContain("| 20-09-2024").doesNotContain("Mission")
                .contains("#### Klimapolitisk Dialogforum den 6.juni 2024")
                .contains("#### Kommunernes Klimadag og Klimapolitisk Dialogforum den 1.oktober 2024");
        assertThat(text.lines().filter(l -> l.matches(".*\\p{Ll}- \\p{Ll}.*") && !l.matches(".*- (og|eller|til) .*")))
                .as("no word cut in two").isEmpty();
    }

    @Test
    void agendaWithoutADateNeedsTheDateFlag() throws IOException {
        Importer importer = new Importer(ImporterFixtures.context(dir));

        ImportResult result = importer.importFile(ImporterFixtures.seed("004_"), ImportOptions.none());

        assertThat(result).isInstanceOf(ImportResult.Failed.class);
        assertThat(((ImportResult.Failed) result).problem().toString())
                .endsWith("004_9c258037e0d599bf.txt: no meeting date found; pass --date YYYY-MM-DD");
        assertThat(dir.resolve("content/meetings")).doesNotExist();
    }

    @Test
    void agendaWithItsDateFromTheFlagKeepsTitlesThatWrapOverTwoLines() throws IOException {
        ImportResult.Meeting written = importSeed("004_", ImportOptions.none().withDate(LocalDate.of(2024, 6, 18)));
        ImportedMeeting m = written.meeting();

        assertThat(written.file()).endsWith(Path.of("meetings", "midtjylland", "2024-06-18.md"));
        assertThat(m.kind()).isEqualTo(MeetingKind.AGENDA);
        assertThat(m.council()).isEqualTo("midtjylland");
        assertThat(m.items()).extracting(ImportedItem::number).containsExactly("1.1", "2.1", "3.1", "3.2", "3.3", "3.4",
                "3.5", "6.1", "7.1");
        assertThat(m.items()).extracting(ImportedItem::title).contains(
                "Godkendelse af referat fra møde i KKR Midtjylland den 17. april 2024",
                "Årlig beretning fra næstformanden i Central Denmark EU Office",
                "Temadrøftelse: Sundhedsstrukturkommissionens modeller for fremtidens sundhedsvæsen");
        assertThat(m.groups()).extracting(ImportedGroup::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(m.items().get(2).attachments()).extracting(ImportedAttachment::title)
                .containsExactly("Årsregnskab 2023", "Dagsorden til generalforsamling 2024", "Fælles indsatsområder");
        assertThat(m.decisionCount()).isZero();
        assertThat(body(written)).contains("vedlagte henvendelse til Erhvervsministeren i forbindelse med at"
                + " Frigastudvalget havde afleveret sine anbefalinger til sanering af Erhvervsstøtteordningerne.");
    }

    @Test
    void attachmentBundleBecomesOneDocumentPerAttachmentListedOnTheMeeting() throws IOException {
        Importer importer = new Importer(ImporterFixtures.context(dir));
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("meetings/midtjylland"));
        Files.writeString(content.resolve("meetings/midtjylland/2020-02-14.md"), """
                ---
                council: midtjylland
                kind: referat
                date: 2020-02-14
                items:
                  - number: "3.1"
                    title: Tværkommunale samarbejder om klima
                  - number: "3.2"
                    title: Resultatkontrakt 2020
                ---

                ## 3.1. Tværkommunale samarbejder om klima

                ## 3.2. Resultatkontrakt 2020
                """);

        ImportResult result = importer.importFile(ImporterFixtures.seed("003_"),
                ImportOptions.none().withDate(LocalDate.of(2020, 2, 14)));

        assertThat(result).isInstanceOf(ImportResult.Attachments.class);
        ImportResult.Attachments bundle = (ImportResult.Attachments) result;
        assertThat(bundle.bundle().attachments()).extracting(a -> a.item(), a -> a.number(), a -> a.title()).containsExactly(
                tuple("3.1", 1, "KL CO2-reduktion i kommunerne"), tuple("3.1", 2, "KL Klimatilpasning"),
                tuple("3.2", 1, "Resultatkontrakt KKR Midtjylland og Erhvervshus Midt 2020. UDKAST"),
                tuple("3.3", 1, "Konferenceavis om alliancen"), tuple("3.3", 2, "Status og næste trin for initiativerne"),
                tuple("3.4", 1, "Brev til KKR om indstilling til pædagogoptag"),
                tuple("3.5", 1, "Proces for udarbejdelse af Rammeaftale 2021-22"),
                tuple("3.6", 1, "Aftale om sårbare borgere der ringer 112 med sociale problemstillinger"));
        Path first = content.resolve("files/midtjylland/2020/2020-02-14-3-1-bilag-1.md");
        assertThat(Files.readString(first)).startsWith("""
                ---
                title: KL CO2-reduktion i kommunerne
                item: "3.1"
                meeting: midtjylland/2020-02-14
                ---
                """).contains("EN STYRKET LOKAL KLIMAINDSATS");
        assertThat(Files.readString(content.resolve("meetings/midtjylland/2020-02-14.md"))).contains("""
                  - number: "3.1"
                    title: Tværkommunale samarbejder om klima
                    attachments:
                      - {title: KL CO2-reduktion i kommunerne, file: files/midtjylland/2020/2020-02-14-3-1-bilag-1.md}
                      - {title: KL Klimatilpasning, file: files/midtjylland/2020/2020-02-14-3-1-bilag-2.md}
                """);
        assertThat(bundle.warnings()).extracting(Problem::message).allMatch(w -> w.contains("no item 3.3")
                || w.contains("no item 3.4") || w.contains("no item 3.5") || w.contains("no item 3.6"));

        // The attachments appear on their item's page, each as a page of its own with its text.
        Path out = dir.resolve("site");
        BuildResult built = new Arkiv().build(TestSites.request(content, out));
        assertThat(built.succeeded()).as(built.diagnostics().toString()).isTrue();
        Document item = Jsoup.parse(out.resolve("midtjylland/2020-02-14/3-1/index.html").toFile(), "UTF-8");
        assertThat(item.select(".attachments a")).extracting(Element::text, a -> a.attr("href")).containsExactly(
                tuple("KL CO2-reduktion i kommunerne", "../../../midtjylland/2020-02-14/bilag/2020-02-14-3-1-bilag-1/index.html"),
                tuple("KL Klimatilpasning", "../../../midtjylland/2020-02-14/bilag/2020-02-14-3-1-bilag-2/index.html"));
        Document attachment = Jsoup.parse(out.resolve("midtjylland/2020-02-14/bilag/2020-02-14-3-1-bilag-1/index.html")
                .toFile(), "UTF-8");
        assertThat(attachment.select("h1").text()).isEqualTo("KL CO2-reduktion i kommunerne");
        assertThat(attachment.select(".attachment-text").text()).contains("EN STYRKET LOKAL KLIMAINDSATS");
        assertThat(attachment.select("main a[href=../../../../midtjylland/2020-02-14/3-1/index.html]")).isNotEmpty();
        assertThat(out.resolve("files")).as("the Markdown itself is not published").doesNotExist();
    }

    @Test
    void attachmentBundleWithoutADateNamesTheFlag() throws IOException {
        Importer importer = new Importer(ImporterFixtures.context(dir));

        ImportResult result = importer.importFile(ImporterFixtures.seed("003_"), ImportOptions.none());

        assertThat(((ImportResult.Failed) result).problem().message()).endsWith("pass --date YYYY-MM-DD");
    }

    @Test
    void importingTheSameDocumentTwiceGivesTheSameBytes() throws IOException {
        Path file = importSeed("002_", ImportOptions.none()).file();
        byte[] first = Files.readAllBytes(file);
        new Importer(ImportContext.load(dir.resolve("content"))).importFile(ImporterFixtures.seed("002_"),
                ImportOptions.none().forced());
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(List.of(Files.list(file.getParent()).toArray())).hasSize(1);
    }
}
