package dk.arkiv.importer;

import java.util.List;

/**
 * A group of the agenda ("3. Regionalpolitiske sager"), possibly without items. Documents that
 * number their items without groups ("Punkt 5", "715.") give one group with an empty number.
 */
public record ImportedGroup(String number, String title, List<ImportedItem> items) {
    public ImportedGroup {
        items = List.copyOf(items);
    }

    boolean isUnnamed() {
        return number.isEmpty();
    }
}
