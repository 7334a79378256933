package dk.arkiv.importer;

import java.util.Optional;

/** An attachment (bilag) an item names: a title, and a file under content/ or a web address when known. */
public record ImportedAttachment(String title, Optional<String> file, Optional<String> url) {

    static ImportedAttachment titled(String title) {
        return new ImportedAttachment(title, Optional.empty(), Optional.empty());
    }
}
