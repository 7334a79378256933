package dk.arkiv.link;

/** A municipality (kommune) and the council it belongs to. */
public record Municipality(String id, String name, String councilId) {
}
