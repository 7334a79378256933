package dk.arkiv.content;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes the YAML that content files are written in, line by line, into the nodes SnakeYAML's
 * composer makes of it: block mappings and sequences, one-line flow mappings and sequences, plain
 * scalars and quoted scalars without escapes, comments. Anything else (block scalars, multi-line
 * or escaped scalars, anchors, tags, tabs, a text SnakeYAML would reject) is left to SnakeYAML,
 * which reads it and reports its errors: {@link #compose} then answers null.
 *
 * <p>Why: SnakeYAML reads a meeting's front matter character by character through its scanner,
 * parser and composer, about 10 MB a second on one core, the largest single cost of loading an
 * archive. Nodes carry start marks (line and column) only; nothing reads their end marks.
 */
final class SimpleYaml {
    private static final int MAX_DEPTH = 20;
    private static final int MAX_KEY_LENGTH = 100;
    private static final int[] NO_BUFFER = new int[0];
    /** Thrown to leave the text to SnakeYAML; made once, without a stack trace, as it is not an error. */
    private static final RuntimeException UNSUPPORTED = new RuntimeException("left to SnakeYAML", null, false, false) {
    };

    private final String text;
    private final Resolver resolver;
    /** The current content line: its start in the text, its end (the newline or the text's end), its number from 0. */
    private int lineStart;
    private int lineEnd = -1;
    private int lineNumber = -1;
    private int indent;
    private boolean atEnd;
    /** The column after the value last read: each reader of a value returns its node and sets it. */
    private int valueEnd;

    private SimpleYaml(String text, Resolver resolver) {
        this.text = text;
        this.resolver = resolver;
    }

    /** The text's nodes as SnakeYAML would compose them, or null when it is for SnakeYAML to read. */
    static Node compose(String text, Resolver resolver) {
        if (!allPrintable(text)) {
            return null;
        }
        SimpleYaml yaml = new SimpleYaml(text, resolver);
        try {
            return yaml.document();
        } catch (RuntimeException e) {
            if (e == UNSUPPORTED) {
                return null;
            }
            throw e;
        }
    }

    /**
     * No tab, carriage return, control character, Unicode line break, surrogate or byte-order mark:
     * SnakeYAML has rules for each.
     */
    private static boolean allPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c < 0xA0 || c == 0x2028 || c == 0x2029
                    || c >= 0xD800 && c <= 0xDFFF || c >= 0xFEFF)) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        nextContentLine();
        if (atEnd || indent != 0) {
            throw UNSUPPORTED;
        }
        Node root = startsSequenceEntry(0) ? sequence(0, 1) : mapping(0, 1);
        if (!atEnd) {
            throw UNSUPPORTED;
        }
        return root;
    }

    /** A block mapping whose keys start at {@code column}, the first on the current line. */
    private MappingNode mapping(int column, int depth) {
        checkDepth(depth);
        Mark start = mark(column);
        List<NodeTuple> entries = new ArrayList<>();
        while (true) {
            int colon = keyEnd(column);
            if (colon < 0) {
                throw UNSUPPORTED;
            }
            ScalarNode key = plainScalar(column, colon);
            entries.add(new NodeTuple(key, mappingValue(column, colon + 1, depth)));
            if (!continuesBlock(column)) {
                break;
            }
        }
        return new MappingNode(resolver.resolve(NodeId.mapping, null, true), true, entries, start, null,
                FlowStyle.BLOCK);
    }

    /**
     * Whether the current line is the next entry of the block at {@code column}: false when the
     * text or the block has ended; a line indented beyond it is left to SnakeYAML.
     */
    private boolean continuesBlock(int column) {
        if (atEnd || indent < column) {
            return false;
        }
        if (indent > column) {
            throw UNSUPPORTED;
        }
        return true;
    }

    /** The value after a key's colon; leaves the next content line current. */
    private Node mappingValue(int keyColumn, int afterColon, int depth) {
        int column = skipSpaces(afterColon);
        if (column < lineLength() && !isComment(column)) {
            return inlineValue(column, keyColumn, depth);
        }
        Mark empty = mark(afterColon);
        nextContentLine();
        if (!atEnd && indent > keyColumn) {
            return startsSequenceEntry(indent) ? sequence(indent, depth + 1) : mapping(indent, depth + 1);
        }
        if (!atEnd && indent == keyColumn && startsSequenceEntry(indent)) {
            return sequence(indent, depth + 1);
        }
        return new ScalarNode(resolver.resolve(NodeId.scalar, "", true), true, "", empty, null, ScalarStyle.PLAIN);
    }

    /** A block sequence whose dashes are at {@code column}, the first on the current line. */
    private SequenceNode sequence(int column, int depth) {
        checkDepth(depth);
        Mark start = mark(column);
        List<Node> entries = new ArrayList<>();
        while (true) {
            int entry = skipSpaces(column + 1);
            if (entry >= lineLength() || isComment(entry)) {
                throw UNSUPPORTED;
            }
            entries.add(keyEnd(entry) >= 0 ? mapping(entry, depth + 1) : inlineValue(entry, column, depth));
            if (!continuesBlock(column) || !startsSequenceEntry(column)) {
                break;
            }
        }
        return new SequenceNode(resolver.resolve(NodeId.sequence, null, true), true, entries, start, null,
                FlowStyle.BLOCK);
    }

    /**
     * A value that ends on its line: a scalar or a flow collection, then perhaps a comment. The next
     * content line must not be indented beyond {@code blockIndent}, the column of the value's key or dash.
     */
    private Node inlineValue(int column, int blockIndent, int depth) {
        char c = charAt(column);
        Node value;
        if (c == '{' || c == '[') {
            checkDepth(depth + 1);
            value = flowCollection(column);
        } else {
            value = c == '"' || c == '\'' ? quoted(column) : plain(column);
        }
        int rest = skipSpaces(valueEnd);
        if (rest < lineLength() && !(rest > valueEnd && isComment(rest))) {
            throw UNSUPPORTED;
        }
        nextContentLine();
        if (!atEnd && indent > blockIndent) {
            // A plain scalar continued on the next line, or an error: SnakeYAML's to read.
            throw UNSUPPORTED;
        }
        return value;
    }

    /** A plain scalar in block context: up to " #" or the line's end, with no ": " in it. */
    private ScalarNode plain(int column) {
        if (isIndicator(charAt(column))) {
            throw UNSUPPORTED;
        }
        int length = lineLength();
        int end = column;
        int i = column;
        while (i < length) {
            char c = charAt(i);
            if (c == ' ') {
                if (i + 1 < length && charAt(i + 1) == '#') {
                    break;
                }
            } else {
                if (c == ':' && (i + 1 == length || charAt(i + 1) == ' ')) {
                    throw UNSUPPORTED;
                }
                end = i + 1;
            }
            i++;
        }
        valueEnd = end;
        return plainScalar(column, end);
    }

    /** A quoted scalar without escapes, on one line. */
    private ScalarNode quoted(int column) {
        char quote = charAt(column);
        int close = text.indexOf(quote, lineStart + column + 1);
        if (close < 0 || close >= lineEnd) {
            throw UNSUPPORTED;
        }
        String value = text.substring(lineStart + column + 1, close);
        if (quote == '"' ? value.indexOf('\\') >= 0 : close + 1 < lineEnd && text.charAt(close + 1) == '\'') {
            throw UNSUPPORTED;
        }
        valueEnd = close + 1 - lineStart;
        return new ScalarNode(resolver.resolve(NodeId.scalar, value, false), true, value, mark(column), null,
                quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    /** A flow mapping of "key: value" pairs or a flow sequence, on one line, holding scalars only. */
    private Node flowCollection(int column) {
        boolean isMapping = charAt(column) == '{';
        char close = isMapping ? '}' : ']';
        Mark start = mark(column);
        List<NodeTuple> pairs = isMapping ? new ArrayList<>() : null;
        List<Node> items = isMapping ? null : new ArrayList<>();
        int i = skipSpaces(column + 1);
        if (charAt(i) != close) {
            while (true) {
                if (isMapping) {
                    int colon = keyEnd(i);
                    if (colon < 0) {
                        throw UNSUPPORTED;
                    }
                    ScalarNode key = plainScalar(i, colon);
                    pairs.add(new NodeTuple(key, flowScalar(skipSpaces(colon + 1), close)));
                } else {
                    items.add(flowScalar(i, close));
                }
                i = skipSpaces(valueEnd);
                if (charAt(i) == close) {
                    break;
                }
                if (charAt(i) != ',') {
                    throw UNSUPPORTED;
                }
                i = skipSpaces(i + 1);
                if (charAt(i) == close) {
                    throw UNSUPPORTED;
                }
            }
        }
        valueEnd = i + 1;
        return isMapping
                ? new MappingNode(resolver.resolve(NodeId.mapping, null, true), true, pairs, start, null, FlowStyle.FLOW)
                : new SequenceNode(resolver.resolve(NodeId.sequence, null, true), true, items, start, null,
                FlowStyle.FLOW);
    }

    /**
     * A scalar inside a flow collection: quoted, or plain up to the next comma or closing bracket
     * and free of every character that means something there.
     */
    private ScalarNode flowScalar(int column, char close) {
        char first = charAt(column);
        if (first == '"' || first == '\'') {
            return quoted(column);
        }
        if (isIndicator(first)) {
            throw UNSUPPORTED;
        }
        int length = lineLength();
        int end = column;
        int i = column;
        while (i < length) {
            char c = charAt(i);
            if (c == ',' || c == close) {
                break;
            }
            if (c == ':' || c == '#' || c == '[' || c == ']' || c == '{' || c == '}') {
                throw UNSUPPORTED;
            }
            if (c != ' ') {
                end = i + 1;
            }
            i++;
        }
        if (i == length) {
            throw UNSUPPORTED;
        }
        valueEnd = end;
        return plainScalar(column, end);
    }

    /** The column of the colon if a plain key starts at {@code column} ("name:" then a space or the line's end), else -1. */
    private int keyEnd(int column) {
        int length = lineLength();
        int i = column;
        while (i < length && i - column <= MAX_KEY_LENGTH && isKeyCharacter(charAt(i), i == column)) {
            i++;
        }
        if (i == column || i >= length || charAt(i) != ':') {
            return -1;
        }
        return i + 1 == length || charAt(i + 1) == ' ' ? i : -1;
    }

    private static boolean isKeyCharacter(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9'
                || !first && c == '-';
    }

    /** Characters that cannot begin a plain scalar here, or that would make it something else. */
    private static boolean isIndicator(char c) {
        return "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0;
    }

    private boolean startsSequenceEntry(int column) {
        return charAt(column) == '-' && (column + 1 == lineLength() || charAt(column + 1) == ' ');
    }

    private boolean isComment(int column) {
        return charAt(column) == '#';
    }

    /** A plain scalar, key or value, from column {@code from} up to {@code to} of the current line. */
    private ScalarNode plainScalar(int from, int to) {
        String value = text.substring(lineStart + from, lineStart + to);
        return new ScalarNode(resolver.resolve(NodeId.scalar, value, true), true, value, mark(from), null,
                ScalarStyle.PLAIN);
    }

    private Mark mark(int column) {
        return new Mark("'string'", lineStart + column, lineNumber, column, NO_BUFFER, 0);
    }

    private int skipSpaces(int column) {
        int length = lineLength();
        while (column < length && charAt(column) == ' ') {
            column++;
        }
        return column;
    }

    private int lineLength() {
        return lineEnd - lineStart;
    }

    /** The character at {@code column} of the current line, or a newline past its end. */
    private char charAt(int column) {
        return column < lineLength() ? text.charAt(lineStart + column) : '\n';
    }

    /** Moves to the next line that is neither blank nor a comment. */
    private void nextContentLine() {
        int start = lineEnd + 1;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            int first = start;
            while (first < end && text.charAt(first) == ' ') {
                first++;
            }
            if (first < end && text.charAt(first) != '#') {
                lineStart = start;
                lineEnd = end;
                indent = first - start;
                return;
            }
            start = end + 1;
        }
        atEnd = true;
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw UNSUPPORTED;
        }
    }
}
