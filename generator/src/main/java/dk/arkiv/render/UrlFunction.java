package dk.arkiv.render;

import dk.arkiv.site.Urls;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/** {@code url(path)} in templates: the link from the page being rendered to a site path. */
final class UrlFunction implements TemplateMethodModelEx {
    private final String up;
    private final String absolutePrefix;
    private final boolean directoryUrls;

    /**
     * @param up             the page's way up to the site's root ({@link Urls#toRoot})
     * @param absolutePrefix when not null, links are absolute from this host path instead of relative;
     *                       for pages such as 404.html that the host serves at any address
     */
    UrlFunction(String up, String absolutePrefix, boolean directoryUrls) {
        this.up = up;
        this.absolutePrefix = absolutePrefix;
        this.directoryUrls = directoryUrls;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel path)) {
            throw new TemplateModelException("url(path) takes one site path, e.g. url(meeting.path)");
        }
        return link(path.getAsString());
    }

    String link(String to) {
        if (absolutePrefix != null) {
            String target = absolutePrefix + to;
            return !directoryUrls && (to.isEmpty() || to.endsWith("/")) ? target + "index.html" : target;
        }
        return Urls.fromRoot(up, to, directoryUrls);
    }
}
