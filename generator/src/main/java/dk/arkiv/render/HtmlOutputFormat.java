package dk.arkiv.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Freemarker's HTML output format with the same escapes (&lt; &gt; &amp; &quot; &#39;) done
 * faster: the text is scanned as an array and copied in runs, where Freemarker's own escape calls
 * charAt and tests five characters for every character, a quarter of the time spent rendering a page.
 */
final class HtmlOutputFormat extends HTMLOutputFormat {
    static final HtmlOutputFormat INSTANCE = new HtmlOutputFormat();

    private HtmlOutputFormat() {
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        if (out instanceof Utf8Writer page) {
            page.writeHtmlText(text);
            return;
        }
        char[] chars = text.toCharArray();
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            String entity = entity(chars[i]);
            if (entity != null) {
                out.write(chars, run, i - run);
                out.write(entity);
                run = i + 1;
            }
        }
        out.write(chars, run, chars.length - run);
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilderWriter out = new StringBuilderWriter(text.length() + 16);
        try {
            output(text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing into memory does not fail
        }
        return out.toString();
    }

    /** The entity for a character that HTML text and attribute values must not hold as it is, or null. */
    static String entity(char c) {
        if (c > '>') {
            return null;
        }
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    @Override
    protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Model(plainText, markup);
    }

    /** Markup of this format: Freemarker prints it only where the template's format is the same one. */
    private static final class Model extends TemplateHTMLOutputModel {
        Model(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
