package dk.arkiv.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The document's own table of contents: number to title. Titles there are never wrapped or
 * hyphenated, so they are the better source for an item's title.
 */
record TableOfContents(Map<String, String> titles) {
    TableOfContents {
        titles = new LinkedHashMap<>(titles);
    }

    static TableOfContents none() {
        return new TableOfContents(Map.of());
    }

    Optional<String> title(String number) {
        return Optional.ofNullable(titles.get(number));
    }

    boolean isEmpty() {
        return titles.isEmpty();
    }
}
