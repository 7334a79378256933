package dk.arkiv.model;

/** Someone present who is not a member, e.g. a consultant from KL. */
public record Guest(String name, String title, String organisation) {
}
