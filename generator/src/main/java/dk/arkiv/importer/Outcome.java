package dk.arkiv.importer;

/** A stage's result: its value, or the problem that stopped it. */
sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Problem problem) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Problem problem) {
        return new Refused<>(problem);
    }
}
