package dk.arkiv.content;

import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML into SnakeYAML's node tree, never into Java objects: values stay text until
 * {@link Fields} reads them, so "10:00" is not a number of minutes, "NO" is not false, and every
 * value keeps its line. Limits guard against alias bombs and absurd nesting. The shapes content
 * files are usually written in are composed by {@link SimpleYaml}, into the same nodes.
 */
public final class Yaml {
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 40;
    private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** Read only once made, so shared by all threads. */
    private static final Resolver RESOLVER = new NullOrText();

    private Yaml() {
    }

    /**
     * @param firstLine the file line where {@code text} starts, so diagnostics point into the file
     */
    public static Optional<Node> parse(SourceFile file, String text, int firstLine, Diagnostics diagnostics) {
        Node simple = text.length() <= MAX_CODE_POINTS ? SimpleYaml.compose(text, RESOLVER) : null;
        if (simple != null) {
            return Optional.of(simple);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            // Composed only: no constructor makes Java objects of the nodes.
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options);
            return Optional.ofNullable(composer.getSingleNode());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 0 : mark.getColumn() + 1;
            diagnostics.error(file, line, column, "invalid YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(file, firstLine, 0, "invalid YAML: " + firstLineOf(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Tags plain scalars only as far as {@link Fields} reads them: null, or text. SnakeYAML's own
     * resolver tries its patterns for booleans, numbers and timestamps on every scalar (a quarter
     * of composing a meeting's front matter), and no value here is read by its tag; null is the
     * values SnakeYAML's null pattern matches, looked up rather than matched.
     */
    static final class NullOrText extends Resolver {
        private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL", " ");

        @Override
        protected void addImplicitResolvers() {
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar) {
                return implicit && NULLS.contains(value) ? Tag.NULL : Tag.STR;
            }
            return super.resolve(kind, value, implicit);
        }
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLineOf(e.getMessage()) : e.getProblem();
        String context = e.getContext();
        String hint = "";
        if (problem.contains("mapping values are not allowed")) {
            hint = "; a value that contains ': ' must be quoted, e.g. title: \"Punkt: tekst\"";
        } else if (problem.contains("found character '\\t'")) {
            hint = "; indent with spaces, not tabs";
        } else if (problem.contains("expected <block end>")) {
            hint = "; check the indentation of this line against the lines above";
        }
        return (context == null ? "" : context + ": ") + problem + hint;
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
