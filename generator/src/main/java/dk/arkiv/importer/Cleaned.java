package dk.arkiv.importer;

import java.util.ArrayList;
import java.util.List;

/** A document after cleaning and reflowing: its blocks, its table of contents, and what its page furniture said. */
record Cleaned(List<Block> blocks, TableOfContents contents, PageFurniture.Result furniture) {
    Cleaned {
        blocks = List.copyOf(blocks);
    }

    /** The source's lines without markup residue and page furniture. */
    static PageFurniture.Result lines(SourceText source) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < source.lines().size(); i++) {
            lines.add(MarkdownResidue.clean(i + 1, source.lines().get(i)));
        }
        return PageFurniture.remove(lines);
    }

    static Cleaned of(PageFurniture.Result furniture) {
        Boilerplate.Result boilerplate = Boilerplate.remove(furniture.lines());
        return new Cleaned(Reflow.blocks(boilerplate.lines()), boilerplate.contents(), furniture);
    }

    static Cleaned of(SourceText source) {
        return of(lines(source));
    }
}
