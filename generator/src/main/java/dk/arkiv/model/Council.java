package dk.arkiv.model;

import java.util.List;

/** A council (KKR) and its member municipalities. */
public record Council(String id, String name, String region, List<String> municipalities) {
    public Council {
        municipalities = List.copyOf(municipalities);
    }
}
