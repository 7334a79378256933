package dk.arkiv.site;

import java.util.List;

/** An agenda group and its items on a meeting page. */
public record GroupView(String number, String title, List<ItemSummary> items) {
}
