package dk.arkiv.render;

import dk.arkiv.site.JsonLd;
import dk.arkiv.site.Markdown;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

/**
 * Exposes page models to templates: records' components read as properties ({@link RecordModel}), and Markdown values
 * arrive as already sanitised HTML markup, which auto-escaping leaves as it is. Everything else,
 * every plain string from the content, is escaped.
 */
final class ArkivObjectWrapper extends DefaultObjectWrapper {
    private final MarkdownRenderer markdown;
    /**
     * Made once: a method reference is a new object each time it is evaluated, made through a
     * method handle, which code compiled by C1 alone does slowly, for every record a page reads.
     */
    private final RecordModel.BeanFallback beans = super::wrap;

    ArkivObjectWrapper(Version version, MarkdownRenderer markdown) {
        super(version);
        this.markdown = markdown;
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Markdown text) {
            return HtmlOutputFormat.INSTANCE.fromMarkup(markdown.toHtml(text));
        }
        if (object instanceof JsonLd data) {
            return HtmlOutputFormat.INSTANCE.fromMarkup(data.json());
        }
        if (object instanceof Record record) {
            return new RecordModel(record, this, beans);
        }
        return super.wrap(object);
    }
}
