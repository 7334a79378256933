package dk.arkiv.render;

/** A template that cannot be loaded or fails while laying out a page, located in the template file. */
public final class TemplateFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String template;
    private final int line;
    private final int column;

    public TemplateFailure(String template, int line, int column, String message) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** The first line of Freemarker's message, which goes on with the template's context and a stack. */
    static String firstLineOf(String message) {
        if (message == null) {
            return "template error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
