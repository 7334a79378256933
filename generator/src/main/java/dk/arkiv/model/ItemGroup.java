package dk.arkiv.model;

import java.util.List;

/**
 * A numbered group of the agenda ("3. Regionalpolitiske sager"); it may have no items.
 *
 * @param number the group's number as printed, empty when the heading has none
 */
public record ItemGroup(String number, String title, List<Item> items) {
    public ItemGroup {
        items = List.copyOf(items);
    }
}
