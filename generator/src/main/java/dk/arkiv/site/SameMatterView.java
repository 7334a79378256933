package dk.arkiv.site;

/** An item on the same matter in another council, shown beside this item with its decision. */
public record SameMatterView(ItemSummary item, String councilName) {
}
