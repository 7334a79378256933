package dk.arkiv.link;

/** Whether a member attended a meeting or sent apologies (afbud). */
public enum Presence {
    PRESENT, ABSENT
}
