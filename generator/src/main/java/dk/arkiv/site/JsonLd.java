package dk.arkiv.site;

/**
 * Structured data for search engines (schema.org), already written as JSON by {@link Json}, whose
 * escaping makes it safe to place in a script element as it is.
 */
public record JsonLd(String json) {
}
