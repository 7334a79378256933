package dk.arkiv.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, read with their types checked and their lines kept.
 * Every problem becomes a diagnostic at the value's line; readers get empty values and go on,
 * so one build reports all problems at once.
 */
public final class Fields {
    private final SourceFile file;
    private final int firstLine;
    private final Diagnostics diagnostics;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private Fields(SourceFile file, int firstLine, Diagnostics diagnostics, Node node) {
        this.file = file;
        this.firstLine = firstLine;
        this.diagnostics = diagnostics;
        this.node = node;
    }

    /** The mapping at {@code node}, or empty (with an error) when it is something else. */
    public static Optional<Fields> of(SourceFile file, int firstLine, Diagnostics diagnostics, Node node,
                                      String what) {
        Fields fields = new Fields(file, firstLine, diagnostics, node);
        if (!(node instanceof MappingNode mapping)) {
            fields.error(node, what + " must be a list of 'key: value' fields");
            return Optional.empty();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                fields.error(tuple.getKeyNode(), "a field name must be a plain word");
                continue;
            }
            NodeTuple earlier = fields.entries.putIfAbsent(key.getValue(), tuple);
            if (earlier != null) {
                fields.error(key, "'" + key.getValue() + "' is given twice (first on line "
                        + fields.lineOf(earlier.getKeyNode()) + "); keep one");
            }
        }
        return Optional.of(fields);
    }

    public int line() {
        return lineOf(node);
    }

    public int line(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : lineOf(tuple.getValueNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key) && !isNull(entries.get(key).getValueNode());
    }

    /** Reports fields that are not among {@code known}, with the closest known name. */
    public void rejectUnknown(Collection<String> known) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!known.contains(key)) {
                error(tuple.getKeyNode(), "unknown field '" + key + "'"
                        + Hints.closest(key, known).map(k -> "; did you mean '" + k + "'?")
                                .orElse("; known fields: " + String.join(", ", known)));
            }
        }
    }

    public Optional<String> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        error(tuple.getValueNode(), "'" + key + "' must be a single value, not a list or a group of fields");
        return Optional.empty();
    }

    /** A required text field; reports it missing with an example of what to write. */
    public String required(String key, String example) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !entries.containsKey(key)) {
            diagnostics.error(file, line(), column(node), "'" + key + "' is missing; add e.g. '" + key + ": "
                    + example + "'");
        } else if (value.isEmpty() && isNullOrEmptyScalar(entries.get(key).getValueNode())) {
            error(entries.get(key).getValueNode(), "'" + key + "' is empty; write e.g. '" + key + ": "
                    + example + "'");
        }
        return value.orElse("");
    }

    public boolean flag(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                error(entries.get(key).getValueNode(), "'" + key + "' must be true or false, not '"
                        + value.get() + "'");
                yield false;
            }
        };
    }

    /** A list of plain values; a single value is accepted as a list of one. */
    public List<String> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
        }
        List<String> out = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                if (element instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    out.add(scalar.getValue().strip());
                } else {
                    error(element, "each entry of '" + key + "' must be a single value");
                }
            }
        } else {
            error(value, "'" + key + "' must be a list, e.g. " + key + ": [a, b]");
        }
        return out;
    }

    /** A list of mappings, e.g. the attendees; each entry is checked by the caller. */
    public List<Fields> records(String key, String what) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            error(tuple.getValueNode(), "'" + key + "' must be a list of " + what + ", one per line starting"
                    + " with '- '");
            return List.of();
        }
        List<Fields> out = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            of(file, firstLine, diagnostics, element, "each entry of '" + key + "'").ifPresent(out::add);
        }
        return out;
    }

    /** The mapping's own keys and plain values, for free-form maps such as parties.yaml. */
    public Map<String, String> asStringMap() {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> {
            if (tuple.getValueNode() instanceof ScalarNode scalar) {
                out.put(key, scalar.getValue().strip());
            } else {
                error(tuple.getValueNode(), "'" + key + "' must be a single value");
            }
        });
        return out;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public void error(String key, String message) {
        NodeTuple tuple = entries.get(key);
        error(tuple == null ? node : tuple.getValueNode(), message);
    }

    public void warning(String key, String message) {
        NodeTuple tuple = entries.get(key);
        Node at = tuple == null ? node : tuple.getValueNode();
        diagnostics.warning(file, lineOf(at), column(at), message);
    }

    private void error(Node at, String message) {
        diagnostics.error(file, lineOf(at), column(at), message);
    }

    private int lineOf(Node at) {
        return at.getStartMark() == null ? firstLine : firstLine + at.getStartMark().getLine();
    }

    private static int column(Node at) {
        return at.getStartMark() == null ? 0 : at.getStartMark().getColumn() + 1;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static boolean isNullOrEmptyScalar(Node value) {
        return value instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank());
    }
}
