package dk.arkiv.authoring;

/** A new topic file with a title, match phrases and a description to fill in; passes the check as written. */
public final class TopicScaffold {
    private TopicScaffold() {
    }

    public static String text(String id) {
        String title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        return "---\n"
                + "# Emnets navn på sitet, og ord der knytter en sag til emnet automatisk (hele ord, store og små\n"
                + "# bogstaver er ens, bøjninger som -en og -ens tæller med). Se docs/content-format.md.\n"
                + "title: " + MeetingScaffold.quoted(title) + "\n"
                + "match: [" + MeetingScaffold.quoted(title) + "]\n"
                + "related: []\n"
                + "---\n"
                + "Beskriv emnet i et par sætninger: hvad det handler om, og hvorfor det optager kommunerne.\n";
    }
}
