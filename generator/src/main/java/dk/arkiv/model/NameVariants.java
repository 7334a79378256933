package dk.arkiv.model;

import java.util.List;

/** The name to show for a person and the other spellings that mean the same person. */
public record NameVariants(String name, List<String> aliases) {
    public NameVariants {
        aliases = List.copyOf(aliases);
    }
}
