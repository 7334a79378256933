package dk.arkiv.content;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class YamlTest {
    private final SourceFile file = new SourceFile(Path.of("m.md"), "m.md", "m.md");

    private Node parse(String yaml) {
        return Yaml.parse(file, yaml, 1, new Diagnostics()).orElseThrow();
    }

    @Test
    void plainScalarsAreNullOrTextNeverNumbersDatesOrBooleans() {
        MappingNode map = (MappingNode) parse("a: ~\nb: null\nc:\nd: 2024-09-20\ne: \"10:00\"\nf: 10:00\ng: NO\nh: 3.1\ni: 7\n");
        List<Tag> tags = map.getValue().stream().map(t -> t.getValueNode().getTag()).toList();
        assertThat(tags).containsExactly(Tag.NULL, Tag.NULL, Tag.NULL, Tag.STR, Tag.STR, Tag.STR, Tag.STR, Tag.STR, Tag.STR);
    }

    @Test
    void nullIsWhatSnakeYamlsResolverCallsNullAndEverythingElseIsText() {
        Resolver theirs = new Resolver();
        Resolver ours = new Yaml.NullOrText();
        for (String value : List.of("", "~", "null", "Null", "NULL", "nULL", "nul", "nulls", " ", "~ ", "~~", "none",
                "None", "N", "n", "Nyborg", "no", "false", "0", "2024-09-20", "10:00", "\0")) {
            assertThat(ours.resolve(NodeId.scalar, value, true).equals(Tag.NULL)).as(value)
                    .isEqualTo(theirs.resolve(NodeId.scalar, value, true).equals(Tag.NULL));
            assertThat(ours.resolve(NodeId.scalar, value, false)).as(value).isEqualTo(Tag.STR);
        }
        assertThat(ours.resolve(NodeId.sequence, null, true)).isEqualTo(Tag.SEQ);
        assertThat(ours.resolve(NodeId.mapping, null, true)).isEqualTo(Tag.MAP);
    }

    /** The sample archive's YAML composes into the same nodes as with SnakeYAML's own resolver, null where it finds null. */
    @Test
    void theSampleArchiveComposesAsWithTheDefaultResolver() throws IOException {
        int files = 0;
        try (Stream<Path> paths = Files.walk(TestSites.repository().resolve("content"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(path);
                String yaml = path.toString().endsWith(".md")
                        ? FrontMatter.split(file, text, new Diagnostics()).map(FrontMatter::yaml).orElse("") : text;
                if (yaml.isBlank()) {
                    continue;
                }
                files++;
                assertSameNodes(parse(yaml), new org.yaml.snakeyaml.Yaml().compose(new StringReader(yaml)), path.toString());
            }
        }
        assertThat(files).isGreaterThan(5);
    }

    private static void assertSameNodes(Node ours, Node theirs, String where) {
        assertThat(ours.getNodeId()).as(where).isEqualTo(theirs.getNodeId());
        assertThat(ours.getStartMark().getLine()).as(where).isEqualTo(theirs.getStartMark().getLine());
        if (ours instanceof ScalarNode scalar) {
            assertThat(scalar.getValue()).as(where).isEqualTo(((ScalarNode) theirs).getValue());
            assertThat(scalar.getTag().equals(Tag.NULL)).as(where + ": " + scalar.getValue())
                    .isEqualTo(theirs.getTag().equals(Tag.NULL));
        } else if (ours instanceof SequenceNode sequence) {
            List<Node> other = ((SequenceNode) theirs).getValue();
            assertThat(sequence.getValue()).as(where).hasSameSizeAs(other);
            for (int i = 0; i < other.size(); i++) {
                assertSameNodes(sequence.getValue().get(i), other.get(i), where);
            }
        } else {
            List<NodeTuple> mine = ((MappingNode) ours).getValue();
            List<NodeTuple> other = ((MappingNode) theirs).getValue();
            assertThat(mine).as(where).hasSameSizeAs(other);
            for (int i = 0; i < other.size(); i++) {
                assertSameNodes(mine.get(i).getKeyNode(), other.get(i).getKeyNode(), where);
                assertSameNodes(mine.get(i).getValueNode(), other.get(i).getValueNode(), where);
            }
        }
    }
}
