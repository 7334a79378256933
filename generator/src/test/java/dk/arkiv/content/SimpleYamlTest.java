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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** SimpleYaml composes exactly what SnakeYAML composes, or leaves the text to it. */
class SimpleYamlTest {
    private static final Resolver RESOLVER = new Yaml.NullOrText();
    private final SourceFile file = new SourceFile(Path.of("m.md"), "m.md", "m.md");

    @Test
    void composesFrontMatterAsSnakeYamlDoes() {
        String yaml = """
                council: hovedstaden            # a file in content/councils/
                date: 2024-09-06
                time: "10:00"
                place: 'Glostrup Park Hotel, Hovedvejen 41'
                empty:
                attendees:
                  - {name: Torben Hansen, party: A, municipality: Randers}
                  - {title: "Mobilitet, 2025 til 2035", file: files/a.pdf}

                # the items
                items:
                  - number: "1.1"
                    title: Godkendelse af dagsorden
                    topics: [klimaalliancen, groent-danmark]
                    attachments:
                    - {title: Bilag}
                people:
                - Anne
                - ~
                """;
        Node ours = SimpleYaml.compose(yaml, RESOLVER);
        assertThat(ours).isNotNull();
        assertSameNodes(ours, snakeYaml(yaml), yaml);
        MappingNode root = (MappingNode) ours;
        assertThat(root.getValue()).hasSize(8);
        assertThat(((ScalarNode) root.getValue().get(4).getValueNode()).getValue()).isEmpty();
    }

    @Test
    void leavesEverythingElseToSnakeYaml() {
        for (String yaml : List.of("text: |\n  block\n", "title: a: b\n", "title: first\n  second\n",
                "a: \"esc\\\"aped\"\n", "a: 'it''s'\n", "a: &x b\nc: *x\n", "a: !str b\n", "a:\tb\n",
                "a: b\r\n", "  a: b\n", "- - a\n", "a: {b: [c]}\n", "a: {b: c,}\n", "a: [b, c\n", "a: b # c\n  d\n",
                "\"a\": b\n", "a: b\nb\n", "a: -b\n", "", "# only a comment\n", "a: \"x\"y\n", "a: ?b\n",
                "a:\n- b\n c\n")) {
            assertThat(SimpleYaml.compose(yaml, RESOLVER)).as(yaml).isNull();
        }
    }

    /** Every file of the sample archive, and every meeting's front matter is read without SnakeYAML. */
    @Test
    void theSampleArchiveComposesAsWithSnakeYaml() throws IOException {
        int meetings = 0;
        try (Stream<Path> paths = Files.walk(TestSites.repository().resolve("content"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(path);
                String yaml = path.toString().endsWith(".md")
                        ? FrontMatter.split(file, text, new Diagnostics()).map(FrontMatter::yaml).orElse("") : text;
                Node ours = SimpleYaml.compose(yaml, RESOLVER);
                if (path.getParent().getParent().getFileName().toString().equals("meetings")) {
                    assertThat(ours).as(path.toString()).isNotNull();
                    meetings++;
                }
                if (ours != null) {
                    assertSameNodes(ours, snakeYaml(yaml), path.toString());
                }
            }
        }
        assertThat(meetings).isGreaterThanOrEqualTo(4);
    }

    /**
     * Random texts in and near the shapes SimpleYaml reads: whatever it composes, SnakeYAML composes
     * the same (values, tags, styles, lines and columns); whatever SnakeYAML rejects, it leaves alone.
     */
    @Test
    void randomTextsComposeAsWithSnakeYamlOrAreLeftToIt() {
        Random random = new Random(20261207);
        int composed = 0;
        int left = 0;
        for (int i = 0; i < 20_000; i++) {
            String yaml = new RandomYaml(random).text();
            Node ours = SimpleYaml.compose(yaml, RESOLVER);
            Node theirs;
            try {
                theirs = snakeYaml(yaml);
            } catch (YAMLException e) {
                assertThat(ours).as("SnakeYAML rejects this, SimpleYaml must leave it:\n" + yaml).isNull();
                left++;
                continue;
            }
            if (ours == null) {
                left++;
            } else {
                assertSameNodes(ours, theirs, yaml);
                composed++;
            }
        }
        assertThat(composed).as("composed").isGreaterThan(5_000);
        assertThat(left).as("left to SnakeYAML").isGreaterThan(2_000);
    }

    private static Node snakeYaml(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Composer(new ParserImpl(new StreamReader(yaml), options), RESOLVER, options).getSingleNode();
    }

    private static void assertSameNodes(Node ours, Node theirs, String where) {
        assertThat(theirs).as(where).isNotNull();
        assertThat(ours.getClass()).as(where).isEqualTo(theirs.getClass());
        assertThat(ours.getTag()).as(where).isEqualTo(theirs.getTag());
        assertThat(ours.getStartMark().getLine()).as(where).isEqualTo(theirs.getStartMark().getLine());
        assertThat(ours.getStartMark().getColumn()).as(where).isEqualTo(theirs.getStartMark().getColumn());
        if (ours instanceof ScalarNode scalar) {
            assertThat(scalar.getValue()).as(where).isEqualTo(((ScalarNode) theirs).getValue());
            assertThat(scalar.getScalarStyle()).as(where).isEqualTo(((ScalarNode) theirs).getScalarStyle());
        } else if (ours instanceof SequenceNode sequence) {
            SequenceNode other = (SequenceNode) theirs;
            assertThat(sequence.getFlowStyle()).as(where).isEqualTo(other.getFlowStyle());
            assertThat(sequence.getValue()).as(where).hasSameSizeAs(other.getValue());
            for (int i = 0; i < other.getValue().size(); i++) {
                assertSameNodes(sequence.getValue().get(i), other.getValue().get(i), where);
            }
        } else {
            MappingNode mapping = (MappingNode) ours;
            MappingNode other = (MappingNode) theirs;
            assertThat(mapping.getFlowStyle()).as(where).isEqualTo(other.getFlowStyle());
            List<NodeTuple> mine = mapping.getValue();
            assertThat(mine).as(where).hasSameSizeAs(other.getValue());
            for (int i = 0; i < mine.size(); i++) {
                assertSameNodes(mine.get(i).getKeyNode(), other.getValue().get(i).getKeyNode(), where);
                assertSameNodes(mine.get(i).getValueNode(), other.getValue().get(i).getValueNode(), where);
            }
        }
    }

    /** Block mappings and sequences of front-matter shapes, with near misses mixed in. */
    private static final class RandomYaml {
        private static final String[] KEYS = {"name", "title", "a", "b-c", "x_1", "Null", "null", "n", "2024",
            "number", "A1"};
        private static final String[] ODD_KEYS = {"-a", "a b", "ø", "\"q\"", "?", "a.b", "a:b", "[a]"};
        private static final String[] USUAL = {"Hans Olsen", "10:00", "2024-09-06", "~", "null", "Brønderslev", "Å",
            "SAG-2024-02570", "files/a.pdf", "O'Brien", "a  b", "x,y", "C#", "Peter E. Nielsen", "{title: Bilag}",
            "\"10:00\"", "'Glostrup, 2600'", "[klimaalliancen]", "{name: A B, party: A, municipality: Randers}"};
        private static final String[] PLAIN = {"Hans Olsen", "10:00", "2024-09-06", "a: b", "a #c", "a#c", "C#", "-5",
            "~", "null", "NULL", "Null", "nul", "Brønderslev", "Å", "x,y", "x]", "x}", "{", "a  b", "a:", "a :b",
            "%x", "@x", "`x", "?x", ":x", "&a x", "*a", "!t x", "|", ">", "SAG-2024-02570", "é\u00a0x", "a\tb",
            "files/a.pdf", "O'Brien", "say \"hi\"", "a\u0085b", "x\u007fy", "\ufeffx", "x\u2028y", "--- x", "...",
            "- x", "-", "a -b", "true", "0.5", "#x", "a,b", "[x"};
        private static final String[] QUOTED = {"\"10:00\"", "\"a, b: c # d\"", "''", "\"\"", "'it''s'",
            "\"esc\\\"\"", "'a \" b'", "\"a ' b\"", "\"x\"y", "'x' #c", "\"unterminated", "\"Den fælles vision\""};
        private static final String[] FLOW = {"{name: Torben Hansen, party: A}", "{title: \"a, b\", file: f.pdf}",
            "{}", "[]", "[a, b]", "[ a , b ]", "{ a: b }", "{a: b,}", "{a:b}", "{a: [b]}", "[a: b]", "{a: 'x'}",
            "[\"x\", 'y']", "{a: b, a: c}", "{a: }", "{a: b} x", "{a: b} #c", "[a,b]", "{a: x y z, b: ~}", "[,]",
            "{a: b", "[a]]", "{\"a\": b}", "[a, {b: c}]", "{a: b # c}"};

        private final Random random;
        private final StringBuilder out = new StringBuilder();

        RandomYaml(Random random) {
            this.random = random;
        }

        String text() {
            if (random.nextInt(10) == 0) {
                sequence(0, 0);
            } else {
                mapping(0, 0);
            }
            return oneIn(2) ? out.append('\n').toString() : out.toString();
        }

        private void mapping(int indent, int depth) {
            int entries = 1 + random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                if (i > 0) {
                    line(indent);
                }
                mappingEntry(indent, depth);
            }
        }

        private void mappingEntry(int indent, int depth) {
            out.append(oneIn(20) ? pick(ODD_KEYS) : pick(KEYS)).append(oneIn(30) ? "" : ":");
            if (depth < 3 && oneIn(3)) {
                out.append(oneIn(8) ? "  # c" : "");
                int inner = indent + (oneIn(6) ? 0 : oneIn(8) ? 1 + random.nextInt(4) : 2);
                if (oneIn(2)) {
                    line(inner);
                    sequence(inner, depth + 1);
                } else if (inner > indent || oneIn(4)) {
                    line(inner);
                    mapping(inner, depth + 1);
                }
            } else {
                out.append(oneIn(25) ? "" : oneIn(10) ? "   " : " ").append(value());
            }
        }

        private void sequence(int indent, int depth) {
            int entries = 1 + random.nextInt(4);
            for (int i = 0; i < entries; i++) {
                if (i > 0) {
                    line(indent);
                }
                out.append(oneIn(20) ? "-" : oneIn(10) ? "-   " : "- ");
                if (depth < 3 && oneIn(3)) {
                    int column = indent + 2;
                    mappingEntry(column, depth + 1);
                    int more = random.nextInt(3);
                    for (int k = 0; k < more; k++) {
                        line(oneIn(12) ? column + 1 : column);
                        mappingEntry(column, depth + 1);
                    }
                } else {
                    out.append(value());
                }
            }
        }

        private String value() {
            int kind = random.nextInt(30);
            String value = kind < 21 ? pick(USUAL) : kind < 23 ? pick(PLAIN) : kind < 25 ? pick(QUOTED)
                    : kind < 29 ? pick(FLOW) : "";
            if (oneIn(8)) {
                value += oneIn(2) ? "  " : "  # comment: x";
            }
            return value;
        }

        /** A new line at {@code indent}, sometimes after a blank line or a comment. */
        private void line(int indent) {
            out.append('\n');
            if (oneIn(12)) {
                out.append(oneIn(2) ? "" : " ".repeat(random.nextInt(6)) + "# note").append('\n');
            }
            if (oneIn(40)) {
                out.append(pick(PLAIN)).append('\n');
            }
            out.append(" ".repeat(Math.max(0, indent)));
        }

        private boolean oneIn(int n) {
            return random.nextInt(n) == 0;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
