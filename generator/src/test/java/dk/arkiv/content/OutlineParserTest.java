package dk.arkiv.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutlineParserTest {
    private final SourceFile file = new SourceFile(Path.of("m.md"), "m.md", "m.md");
    private final Diagnostics diagnostics = new Diagnostics();

    private Outline parse(String body) {
        return new OutlineParser().parse(file, body, 10, diagnostics);
    }

    @Test
    void groupsItemsAndSectionsAreFoundWithTheirFileLines() {
        Outline outline = parse("""
                # 3. Regionalpolitiske sager

                ## 3.7. Klimaalliancen og status på indsatser

                ### Baggrund

                Første afsnit.

                Andet afsnit.

                ### Beslutning

                Godkendt.
                """);
        assertThat(outline.groups()).hasSize(1);
        Outline.Group group = outline.groups().get(0);
        assertThat(group.number()).isEqualTo("3");
        assertThat(group.title()).isEqualTo("Regionalpolitiske sager");
        assertThat(group.line()).isEqualTo(10);
        Outline.ItemText item = group.items().get(0);
        assertThat(item.number()).isEqualTo("3.7");
        assertThat(item.headingTitle()).isEqualTo("Klimaalliancen og status på indsatser");
        assertThat(item.line()).isEqualTo(12);
        assertThat(item.sections()).extracting(Outline.SectionText::heading).containsExactly("Baggrund", "Beslutning");
        assertThat(item.sections().get(0).markdown()).isEqualTo("Første afsnit.\n\nAndet afsnit.");
        assertThat(item.sections().get(1).line()).isEqualTo(20);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /** Text that did not come through TextFiles may end lines with \r\n or \r: the lines are the same. */
    @Test
    void carriageReturnsEndLinesAsNewlinesDo() {
        String body = "## 2.1. Siden sidst\n\n### Baggrund\n\nEn linje.\nTo linjer.\n\n### Beslutning\n\nGodkendt.\n";
        for (String lineEnd : new String[] {"\r\n", "\r"}) {
            Outline.ItemText item = parse(body.replace("\n", lineEnd)).groups().get(0).items().get(0);
            assertThat(item.sections()).extracting(Outline.SectionText::line).containsExactly(12, 17);
            assertThat(item.sections().get(0).markdown()).isEqualTo("En linje.\nTo linjer.");
            assertThat(item.sections().get(1).markdown()).isEqualTo("Godkendt.");
        }
    }

    /** A body with \r\n line ends has the outline, texts and lines of the same body with \n, for random bodies. */
    @Test
    void carriageReturnsGiveTheSameOutlineForRandomBodies() {
        String[] pieces = {"# 3. Regionalpolitiske sager", "## 3.1. Klimaalliancen", "## 3.2. Grønt Danmark",
                "### Baggrund", "### Beslutning", "Tekst.", "  Indrykket tekst med æøå og – tegn  ", "", "   ", "\t",
                "- punkt", "<!-- note -->", "```", "    kode"};
        Random random = new Random(20261207);
        int texts = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                body.append(pieces[random.nextInt(pieces.length)]).append('\n');
            }
            String lf = random.nextBoolean() ? body.toString() : body.toString().stripTrailing();
            Outline outline = parse(lf);
            assertThat(outline).as(lf).isEqualTo(parse(lf.replace("\n", "\r\n")));
            texts += outline.groups().stream().flatMap(g -> g.items().stream())
                    .mapToInt(i -> i.sections().size() + (i.introduction().isEmpty() ? 0 : 1)).sum();
        }
        assertThat(texts).isGreaterThan(1_000);
    }

    /** Whenever headings are found line by line, they are the headings CommonMark finds, for random bodies. */
    @Test
    void headingsFoundLineByLineAreTheParsersHeadings() {
        String[] pieces = {"# 3. Regionalpolitiske sager", "## 3.7. Klimaalliancen", "### Baggrund", "#### Under",
                "###### Seks", "####### Syv", "#", "# ", "#tag", "## Titel ##", "##  To mellemrum", "# *Fremhævet* titel",
                "# `kode`", "## Slut ", "#\tTab", " ## Indrykket", "    ## Kode", "Tekst.", "Mere tekst med # tegn.",
                "", "   ", "- punkt", "- # i liste", "1. punkt", "> citat", "> # i citat", "```", "~~~", "    kode",
                "<div>", "</div>", "<!-- note -->", "===", "---", "- - -", "***", "  - indrykket", "\tTab", "=SUM", "Titel", "\f", "# \fTitel", "# Titel\u000b", "## A\u00a0"};
        Random random = new Random(20261123);
        OutlineParser parser = new OutlineParser();
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                body.append(pieces[random.nextInt(pieces.length)]).append('\n');
            }
            List<OutlineParser.HeadingAt> found = OutlineParser.plainHeadings(OutlineParser.lines(body.toString()));
            if (found != null) {
                plain++;
                assertThat(found).as(body.toString()).isEqualTo(parser.parsedHeadings(body.toString()));
            }
        }
        assertThat(plain).isGreaterThan(2_000);
    }

    @Test
    void theSampleArchiveIsReadAsParsed() throws IOException {
        OutlineParser parser = new OutlineParser();
        int plain = 0;
        try (Stream<Path> files = Files.walk(TestSites.repository().resolve("content/meetings"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String body = FrontMatter.split(this.file, Files.readString(file), diagnostics).orElseThrow().body();
                List<OutlineParser.HeadingAt> found = OutlineParser.plainHeadings(OutlineParser.lines(body));
                if (found != null) {
                    plain++;
                    assertThat(found).as(file.toString()).isEqualTo(parser.parsedHeadings(body));
                }
            }
        }
        assertThat(plain).isPositive();
    }

    @Test
    void subHeadingsStayInsideTheirSection() {
        Outline outline = parse("""
                ## 2.1. Siden sidst
                ### Sagsfremstilling
                #### Møde mellem KL og KKR formandskaberne
                Tekst.
                """);
        Outline.ItemText item = outline.groups().get(0).items().get(0);
        assertThat(item.sections()).hasSize(1);
        assertThat(item.sections().get(0).markdown()).isEqualTo("#### Møde mellem KL og KKR formandskaberne\nTekst.");
    }

    @Test
    void aHashInsideACodeBlockIsNotAHeading() {
        Outline outline = parse("""
                ## 1.1. Punkt
                ### Baggrund
                ```
                ## 9.9. Ikke et punkt
                ```
                """);
        assertThat(outline.groups().get(0).items()).hasSize(1);
    }

    @Test
    void textBeforeTheFirstSectionIsTheIntroduction() {
        Outline outline = parse("## 1.1. Punkt\n\nIndledning.\n\n### Baggrund\n\nTekst.\n");
        assertThat(outline.groups().get(0).items().get(0).introduction()).isEqualTo("Indledning.");
    }

    @Test
    void aGroupWithoutItemsIsKept() {
        Outline outline = parse("# 5. KKR\n\n# 6. Punkter til næste møde\n\n## 6.1. Punkter til næste møde\n");
        assertThat(outline.groups()).extracting(Outline.Group::title).containsExactly("KKR", "Punkter til næste møde");
        assertThat(outline.groups().get(0).items()).isEmpty();
    }

    @Test
    void anItemHeadingWithoutNumberIsReportedAtItsLine() {
        parse("# 1. Gruppe\n\n## Godkendelse af dagsorden\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(12);
            assertThat(d.message()).contains("does not start with the item's number", "## 3.1. Godkendelse af dagsorden");
        });
    }

    @Test
    void aSectionOutsideAnItemIsReported() {
        parse("# 1. Gruppe\n\n### Baggrund\n\nTekst.\n");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message)
                .anySatisfy(m -> assertThat(m).contains("section 'Baggrund' is not under an item"));
    }
}
