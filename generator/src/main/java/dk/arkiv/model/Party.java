package dk.arkiv.model;

/** A political party by its ballot letter. */
public record Party(String letter, String name) {
}
