package dk.arkiv.model;

import java.util.Optional;

/** The site as described by content/site.yaml. */
public record Site(String title, String baseUrl, String language, String organisation,
                   Optional<String> accessibilityStatement) {
}
