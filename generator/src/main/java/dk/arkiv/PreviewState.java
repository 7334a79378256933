package dk.arkiv;

import dk.arkiv.content.LoadCache;
import dk.arkiv.link.LinkCache;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.model.Archive;
import dk.arkiv.model.Meeting;
import dk.arkiv.render.Templates;
import dk.arkiv.site.Page;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.SummaryCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the preview server keeps from one build to the next: the caches of files read and texts
 * searched, and the last successful build's archive, plan and pages, against which the next build
 * finds what changed.
 */
public final class PreviewState {
    final LoadCache loadCache = new LoadCache();
    final LinkCache linkCache = LinkCache.acrossBuilds();
    final SummaryCache summaries = new SummaryCache();
    private Templates templates;
    private Path templatesDir;
    private Archive loaded;
    private LinkedArchive linked;
    private SitePlan plan;

    /**
     * The templates, parsed as builds first use them and kept until one of them changes: a save of
     * a meeting renders its pages with the layout parsed for the saves before it.
     */
    Templates templates(Path dir, boolean changed) throws IOException {
        if (templates == null || changed || !dir.equals(templatesDir)) {
            templates = new Templates(dir);
            templatesDir = dir;
        }
        return templates;
    }

    boolean hasBuilt() {
        return plan != null;
    }

    LinkedArchive linked() {
        return linked;
    }

    SitePlan plan() {
        return plan;
    }

    void built(Archive loadedArchive, LinkedArchive linkedArchive, SitePlan sitePlan) {
        loaded = loadedArchive;
        linked = linkedArchive;
        plan = sitePlan;
    }

    /**
     * What a new plan changes against the last good build's: the pages whose model differs or that
     * are new, and the files of the pages it no longer has.
     *
     * @param everything whether every page is rendered (the templates changed)
     * @param unsettled files a build that failed may have written: rendered again in any case
     * @param mustRender pages planned again that are rendered even where their model is unchanged
     */
    PlanChanges changes(SitePlan next, boolean everything, Set<String> unsettled, Predicate<Page> mustRender) {
        // Both plans are sorted by path, and a page planned again only where the change reaches is
        // the very object of the last plan: one walk over both finds the rest without hashing.
        // Arrays, not lists: this loop runs once per save, too seldom for the JIT to inline the lists'
        // methods, and called through the interpreter they cost more than the walk itself.
        Page[] before = plan == null ? new Page[0] : plan.pages().toArray(new Page[0]);
        Page[] after = next.pages().toArray(new Page[0]);
        boolean anyUnsettled = !unsettled.isEmpty();
        List<Page> toRender = new ArrayList<>();
        List<String> removedFiles = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.length || j < after.length) {
            Page old = i < before.length ? before[i] : null;
            Page now = j < after.length ? after[j] : null;
            int order = old == now ? 0 : old == null ? 1 : now == null ? -1 : old.path().compareTo(now.path());
            if (order < 0) {
                removedFiles.add(old.file());
                i++;
            } else if (order > 0) {
                toRender.add(now);
                j++;
            } else {
                // A page kept from the last plan is not even read (most of them, scattered over the heap).
                if (everything || (old != now && (!old.equals(now) || mustRender.test(now)))
                        || (anyUnsettled && unsettled.contains(now.file()))) {
                    toRender.add(now);
                }
                i++;
                j++;
            }
        }
        return new PlanChanges(toRender, removedFiles);
    }

    /** The pages to render, and the files of pages that are gone. */
    record PlanChanges(List<Page> toRender, List<String> removedFiles) {
    }

    /**
     * The keys ("council/date") of meetings whose files were read again since the last build, or
     * that were added or removed: an unchanged file gives the very same meeting object (LoadCache).
     */
    Set<String> changedMeetings(Archive now) {
        Map<Meeting, Boolean> earlier = new IdentityHashMap<>();
        loaded.meetings().forEach(m -> earlier.put(m, Boolean.TRUE));
        Set<String> changed = new HashSet<>();
        for (Meeting meeting : now.meetings()) {
            if (earlier.remove(meeting) == null) {
                changed.add(meeting.key());
            }
        }
        earlier.keySet().forEach(m -> changed.add(m.key()));
        return changed;
    }
}
