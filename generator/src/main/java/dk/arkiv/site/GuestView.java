package dk.arkiv.site;

/** A guest on a meeting page. */
public record GuestView(String name, String title, String organisation) {
}
