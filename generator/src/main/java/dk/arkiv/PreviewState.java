package dk.arkiv;

import dk.arkiv.content.LoadCache;
import dk.arkiv.link.LinkCache;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.model.Archive;
import dk.arkiv.model.Meeting;
import dk.arkiv.site.Page;
import dk.arkiv.site.SitePlan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the preview server keeps from one build to the next: the caches of files read and texts
 * searched, and the last successful build's archive, plan and pages, against which the next build
 * finds what changed.
 */
public final class PreviewState {
    final LoadCache loadCache = new LoadCache();
    final LinkCache linkCache = LinkCache.acrossBuilds();
    private Archive loaded;
    private LinkedArchive linked;
    private SitePlan plan;
    private Map<String, Page> pagesByFile = Map.of();

    boolean hasBuilt() {
        return plan != null;
    }

    LinkedArchive linked() {
        return linked;
    }

    SitePlan plan() {
        return plan;
    }

    Page page(String file) {
        return pagesByFile.get(file);
    }

    /** The files of the last good build's pages. */
    Set<String> pageFiles() {
        return pagesByFile.keySet();
    }

    void built(Archive loadedArchive, LinkedArchive linkedArchive, SitePlan sitePlan) {
        Map<String, Page> byFile = new HashMap<>();
        sitePlan.pages().forEach(page -> byFile.put(page.file(), page));
        loaded = loadedArchive;
        linked = linkedArchive;
        plan = sitePlan;
        pagesByFile = byFile;
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
