package dk.arkiv.write;

/** The output directory may not be used: replacing it could lose data that is not Arkiv's. */
public final class OutputRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputRefused(String message) {
        super(message);
    }
}
