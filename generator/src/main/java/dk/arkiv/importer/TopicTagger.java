package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tags items with the topics whose match phrases occur in their title or text: whole words,
 * case-insensitive, with the endings of Danish nouns ("Klimaalliancen" finds "Klimaalliancens").
 * The same rule as the build's, so an imported tag never surprises.
 */
final class TopicTagger {
    private static final String ENDINGS = "(?:s|n|ns|en|ens|et|ets|e|es|r|rs|er|ers|erne|ernes|ne|nes|rne|rnes)?";

    private record Rule(String topic, Pattern pattern) {
    }

    private final List<Rule> rules = new ArrayList<>();

    TopicTagger(Map<String, List<String>> topics) {
        topics.forEach((topic, phrases) -> {
            for (String phrase : phrases) {
                if (!phrase.isBlank()) {
                    String words = Pattern.quote(phrase.strip()).replace(" ", "\\E\\s+\\Q");
                    rules.add(new Rule(topic, Pattern.compile("(?<![\\p{L}\\p{N}])" + words + ENDINGS
                            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                }
            }
        });
    }

    List<String> topicsOf(ImportedItem item) {
        if (item.closed()) {
            return item.topics();
        }
        StringBuilder text = new StringBuilder(item.title()).append('\n').append(item.introduction());
        item.sections().forEach(s -> text.append('\n').append(s.markdown()));
        TreeSet<String> found = new TreeSet<>(item.topics());
        for (Rule rule : rules) {
            if (!found.contains(rule.topic) && rule.pattern.matcher(text).find()) {
                found.add(rule.topic);
            }
        }
        return List.copyOf(found);
    }
}
