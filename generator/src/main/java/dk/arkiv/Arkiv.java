package dk.arkiv;

import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.Diagnostic;
import dk.arkiv.content.Diagnostics;
import dk.arkiv.content.Severity;
import dk.arkiv.content.SourceFile;
import dk.arkiv.link.UnresolvedReference;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.SitePlanner;
import dk.arkiv.write.OutputPlacement;
import dk.arkiv.write.OutputRefused;
import dk.arkiv.write.SiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The pipeline: load → link → plan → render → write, one line per stage. */
public final class Arkiv {

    public BuildResult build(BuildRequest request) {
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
        Diagnostics diagnostics = loaded.diagnostics();
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), 0, 0);
        }
        LinkedArchive linked = new ArchiveLinker().link(loaded.archive(), request.now());
        addNotes(linked, request.content(), diagnostics);
        SiteConfig config = siteConfig(request, loaded);
        SitePlan plan = new SitePlanner().plan(linked, config);
        try (SiteOutput output = SiteOutput.begin(request.out())) {
            int files = new SiteWriter(request, config, linked, diagnostics).write(plan, output);
            if (diagnostics.hasErrors()) {
                return new BuildResult(diagnostics.sorted(), 0, 0);
            }
            output.commit();
            return new BuildResult(diagnostics.sorted(), plan.pages().size(), files);
        } catch (OutputRefused e) {
            return failed(diagnostics, request.out(), e.getMessage());
        } catch (IOException e) {
            return failed(diagnostics, request.out(), "cannot write the site: " + e.getMessage());
        }
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
