package dk.arkiv;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What to build: where content and templates are, where the site goes, and how it is published.
 *
 * @param baseUrl overrides site.yaml's base_url
 * @param directoryUrls links end in '/' instead of naming index.html (for web servers)
 * @param now the build's clock, which decides what is published
 */
public record BuildRequest(Path content, Path templates, Path out, Optional<String> baseUrl, boolean directoryUrls,
                           LocalDateTime now) {
}
