package dk.arkiv;

import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.Diagnostic;
import dk.arkiv.content.Diagnostics;
import dk.arkiv.content.Severity;
import dk.arkiv.content.SourceFile;
import dk.arkiv.link.UnresolvedReference;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PeopleCheck;
import dk.arkiv.render.Templates;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.PlanScope;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.SitePlanner;
import dk.arkiv.site.Page;
import dk.arkiv.write.MemorySite;
import dk.arkiv.write.OutputPlacement;
import dk.arkiv.write.OutputRefused;
import dk.arkiv.write.SiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The pipeline: load → link → plan → render → write, one line per stage. */
public final class Arkiv {

    public BuildResult build(BuildRequest request) {
        return build(request, new BuildProgress());
    }

    /** Builds, counting rendered pages in {@code progress} for whoever shows it. */
    public BuildResult build(BuildRequest request, BuildProgress progress) {
        Optional<String> misplaced = OutputPlacement.problem(request.out(), request.content(), request.templates(),
                Path.of(""));
        if (misplaced.isPresent()) {
            return failed(new Diagnostics(), request.out(), misplaced.get());
        }
        if (!Files.isDirectory(request.templates())) {
            return failed(new Diagnostics(), request.templates(), "the templates directory does not exist;"
                    + " pass --templates DIR");
        }
        ContentLoader.Result loaded = new ContentLoader().load(request.content());
        progress.stageDone("load");
        Diagnostics diagnostics = loaded.diagnostics();
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), 0, 0);
        }
        LinkedArchive linked = new ArchiveLinker().link(loaded.archive(), request.now());
        addNotes(linked, request.content(), diagnostics);
        progress.stageDone("link");
        SiteConfig config = siteConfig(request, loaded);
        SitePlan plan = new SitePlanner().plan(linked, config);
        progress.stageDone("plan");
        try (SiteOutput output = SiteOutput.begin(request.out())) {
            progress.start(plan.pages().size());
            int files = new SiteWriter(request, config, linked, diagnostics).write(plan, output,
                    new Templates(request.templates()), plan.pages(), progress);
            if (diagnostics.hasErrors()) {
                return new BuildResult(diagnostics.sorted(), 0, 0);
            }
            output.commit();
            progress.stageDone("replace output");
            return new BuildResult(diagnostics.sorted(), plan.pages().size(), files);
        } catch (OutputRefused e) {
            return failed(diagnostics, request.out(), e.getMessage());
        } catch (IOException e) {
            return failed(diagnostics, request.out(), "cannot write the site: " + e.getMessage());
        }
    }

    /**
     * Checks the content without writing anything: every error and warning of a build, the notes on
     * references that are not linked, and names that point to nobody.
     */
    public List<Diagnostic> check(Path content, LocalDateTime now) {
        ContentLoader.Result loaded = new ContentLoader().load(content);
        Diagnostics diagnostics = loaded.diagnostics();
        if (!diagnostics.hasErrors()) {
            addNotes(new ArchiveLinker().link(loaded.archive(), now), content, diagnostics);
        }
        Path contentDir = content.toAbsolutePath().normalize();
        for (PeopleCheck.UnknownName unknown : PeopleCheck.unknownSubstitutes(loaded.archive())) {
            SourceFile file = SourceFile.in(contentDir, contentDir.resolve(unknown.source()));
            diagnostics.warning(file, lineMentioning(file, "substitute_for", unknown.name()), 0, "'" + unknown.name() + "' (substitute_for) is not known" + unknown.closest()
                    .map(c -> "; did you mean '" + c + "' (" + unknown.closestMeetings()
                            + (unknown.closestMeetings() == 1 ? " meeting" : " meetings") + ")? If so, add the name"
                            + " as an alias in content/people.yaml")
                    .orElse("; check the spelling, or add the person to content/people.yaml"));
        }
        return diagnostics.sorted();
    }

    /** The first line of the file that holds both words, or 0. */
    private static int lineMentioning(SourceFile file, String key, String value) {
        try {
            List<String> lines = Files.readAllLines(file.path());
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(key) && lines.get(i).contains(value)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // The file was read moments ago; without it the warning names the file alone.
        }
        return 0;
    }

    /** References whose targets are not in the archive stay text; the build lists them as notes. */
    static void addNotes(LinkedArchive linked, Path content, Diagnostics diagnostics) {
        Path contentDir = content.toAbsolutePath().normalize();
        for (UnresolvedReference reference : linked.unresolvedReferences()) {
            SourceFile file = SourceFile.in(contentDir, contentDir.resolve(reference.source()));
            diagnostics.note(file, reference.line(), reference.column(), "'" + reference.text()
                    + "' refers to nothing in the archive, so it is not linked");
        }
    }

    /**
     * Builds into memory for the preview server. After a save of meeting files only the pages the
     * change touches are planned again (see {@link PlanScope}), and of those only the pages whose
     * model differs from the last build's are rendered; a change of templates renders everything.
     */
    public Preview preview(BuildRequest request, MemorySite site, PreviewState state, boolean templatesChanged) {
        ContentLoader.Result loaded = new ContentLoader().load(request.content(), state.loadCache);
        Diagnostics diagnostics = loaded.diagnostics();
        if (diagnostics.hasErrors()) {
            return new Preview(new BuildResult(diagnostics.sorted(), 0, 0), 0);
        }
        LinkedArchive linked = new ArchiveLinker(state.linkCache).link(loaded.archive(), request.now());
        addNotes(linked, request.content(), diagnostics);
        SiteConfig config = siteConfig(request, loaded);
        boolean replan = state.hasBuilt() && !templatesChanged;
        PlanScope scope = replan
                ? PlanScope.of(state.linked(), linked, state.changedMeetings(loaded.archive()), state.plan().pages())
                : PlanScope.EVERYTHING;
        SitePlan plan = replan
                ? new SitePlanner(state.summaries).replan(state.plan(), linked, config, scope)
                : new SitePlanner(state.summaries).plan(linked, config);
        site.startBuild();
        PreviewState.PlanChanges changes = state.changes(plan, templatesChanged, site.unsettledFiles(),
                scope::mustRender);
        try {
            int files = new SiteWriter(request, config, linked, diagnostics).write(plan, site,
                    state.templates(request.templates(), templatesChanged), changes.toRender(), new BuildProgress());
            if (diagnostics.hasErrors()) {
                return new Preview(new BuildResult(diagnostics.sorted(), 0, 0), 0);
            }
            state.built(loaded.archive(), linked, plan);
            site.finishBuild(changes.removedFiles());
            return new Preview(new BuildResult(diagnostics.sorted(), plan.pages().size(), files),
                    changes.toRender().size());
        } catch (IOException e) {
            return new Preview(failed(diagnostics, request.out(), "cannot build the preview: " + e.getMessage()), 0);
        }
    }

    /** What a preview build did: its result and how many pages it rendered. */
    public record Preview(BuildResult result, int rendered) {
    }

    private static SiteConfig siteConfig(BuildRequest request, ContentLoader.Result loaded) {
        String baseUrl = request.baseUrl().orElse(loaded.archive().site().baseUrl());
        return new SiteConfig(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/", request.directoryUrls(),
                request.now());
    }

    private static BuildResult failed(Diagnostics diagnostics, Path out, String message) {
        diagnostics.add(new Diagnostic(out.toString(), 0, 0, Severity.ERROR, message));
        return new BuildResult(List.copyOf(diagnostics.sorted()), 0, 0);
    }
}
