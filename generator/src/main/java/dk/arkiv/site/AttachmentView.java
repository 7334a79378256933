package dk.arkiv.site;

/**
 * An attachment: {@code path} is a site path for files the archive holds, {@code url} a web
 * address; both empty when the archive only knows the title.
 */
public record AttachmentView(String title, String path, String url) {
}
