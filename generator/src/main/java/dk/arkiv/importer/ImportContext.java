package dk.arkiv.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * What the importer needs to know from content/: the councils (names and municipalities), the
 * parties' letters, and the topics' match phrases. Read on its own, leniently, so the importer
 * works on an archive that does not build yet; the build's loader checks the rest.
 */
public record ImportContext(Path content, Map<String, Council> councils, Map<String, String> parties,
                            Map<String, List<String>> topics) {
    public ImportContext {
        councils = new TreeMap<>(councils);
        parties = new TreeMap<>(parties);
        topics = new TreeMap<>(topics);
    }

    /** A council (or committee) whose meetings are imported; the id is its file name in councils/. */
    public record Council(String id, String name, List<String> municipalities) {
        public Council {
            municipalities = List.copyOf(municipalities);
        }
    }

    public static ImportContext load(Path content) throws IOException {
        Map<String, Council> councils = new LinkedHashMap<>();
        for (Path file : files(content.resolve("councils"), ".yaml")) {
            String id = stem(file, ".yaml");
            Map<?, ?> yaml = asMap(parse(Files.readString(file, StandardCharsets.UTF_8)));
            String name = string(yaml.get("name")).orElse(id);
            councils.put(id, new Council(id, name, strings(yaml.get("municipalities"))));
        }
        Map<String, String> parties = new LinkedHashMap<>();
        Path partiesFile = content.resolve("parties.yaml");
        if (Files.isRegularFile(partiesFile)) {
            asMap(parse(Files.readString(partiesFile, StandardCharsets.UTF_8)))
                    .forEach((letter, name) -> parties.put(String.valueOf(letter), String.valueOf(name)));
        }
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (Path file : files(content.resolve("topics"), ".md")) {
            topics.put(stem(file, ".md"), strings(asMap(parse(frontMatter(Files.readString(file, StandardCharsets.UTF_8))))
                    .get("match")));
        }
        return new ImportContext(content, councils, parties, topics);
    }

    public Optional<Council> council(String id) {
        return Optional.ofNullable(councils.get(id));
    }

    /** The council whose name is this text, ignoring case: "KKR MIDTJYLLAND". */
    Optional<Council> councilNamed(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return councils.values().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted()
                    .toList();
        }
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static String frontMatter(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    private static Object parse(String yaml) throws IOException {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new IOException("cannot read YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static Map<?, ?> asMap(Object yaml) {
        return yaml instanceof Map<?, ?> map ? map : Map.of();
    }

    private static Optional<String> string(Object value) {
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
