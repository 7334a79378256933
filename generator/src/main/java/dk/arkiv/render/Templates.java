package dk.arkiv.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The Freemarker templates of one directory, each parsed once when first used and then shared by
 * every page and every build that renders with them: the preview server keeps them from save to
 * save until a template changes, rather than parsing the layout and its includes again for each.
 * Nothing here depends on the archive; how templates see its values is the renderer's
 * ({@link PageRenderer}). Thread-safe.
 */
public final class Templates {
    static final Version FREEMARKER = Configuration.VERSION_2_3_34;

    private final Configuration configuration;

    public Templates(Path directory) throws IOException {
        configuration = new Configuration(FREEMARKER);
        configuration.setDirectoryForTemplateLoading(directory.toFile());
        configuration.setDefaultEncoding("UTF-8");
        // Every template is HTML (.ftlh), in the faster-escaping HTML format rather than Freemarker's own.
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(HtmlOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.forLanguageTag("da"));
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** The parsed template; a template that does not parse or exists fails with where and why. */
    Template get(String name) throws TemplateFailure {
        try {
            return configuration.getTemplate(name);
        } catch (ParseException e) {
            throw new TemplateFailure(e.getTemplateName() == null ? name : e.getTemplateName(),
                    e.getLineNumber(), e.getColumnNumber(), TemplateFailure.firstLineOf(e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateFailure(name, 0, 0, "template not found in the templates directory");
        }
    }
}
