package dk.arkiv.site;

import java.util.List;

/** An item's full text: introduction, sections and attachments. */
public record ItemView(String number, String title, String anchor, boolean closed, String initials, String sag,
                       Markdown introduction, List<SectionView> sections, List<AttachmentView> attachments) {
}
