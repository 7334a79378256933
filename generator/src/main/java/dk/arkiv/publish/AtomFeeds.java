package dk.arkiv.publish;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.model.Topic;
import dk.arkiv.render.MarkdownRenderer;
import dk.arkiv.site.DanishDates;
import dk.arkiv.site.Markdown;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.Urls;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom feeds (RFC 4287): new meetings for the whole archive and per council, new items with their
 * decisions per topic. Times come from the meetings, never from the clock, so an unchanged archive
 * gives an unchanged feed.
 */
public final class AtomFeeds {
    private static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final LinkedArchive archive;
    private final SiteConfig config;
    private final MarkdownRenderer markdown;

    public AtomFeeds(LinkedArchive archive, SiteConfig config, MarkdownRenderer markdown) {
        this.archive = archive;
        this.config = config;
        this.markdown = markdown;
    }

    public List<SiteFile> files() {
        String site = archive.archive().site().title();
        List<SiteFile> files = new ArrayList<>();
        files.add(meetingFeed(Urls.FEED, "", "Nye møder i " + site, archive.meetings()));
        archive.councils().forEach(c -> files.add(meetingFeed(Urls.councilFeed(c.id()), Urls.council(c),
                "Nye møder i " + c.name(), archive.meetingsOf(c.id()))));
        for (Topic topic : archive.topics()) {
            files.add(itemFeed(Urls.topicFeed(topic.id()), Urls.topic(topic), "Nye sager om " + topic.title(),
                    archive.itemsOn(topic.id())));
        }
        return files;
    }

    private SiteFile meetingFeed(String path, String pagePath, String title, List<PublishedMeeting> meetings) {
        List<Entry> entries = meetings.stream()
                .sorted(Comparator.comparing((PublishedMeeting m) -> m.meeting().date()).reversed()
                        .thenComparing(PublishedMeeting::key))
                .limit(ENTRIES)
                .map(m -> new Entry(Urls.meeting(m), m.council().name() + ": "
                        + (m.meeting().kind().code().equals("referat") ? "referat" : "dagsorden") + " fra mødet "
                        + DanishDates.date(m.meeting().date()), m.meeting().date(), summary(m)))
                .toList();
        return feed(path, pagePath, title, entries);
    }

    private SiteFile itemFeed(String path, String pagePath, String title, List<PublishedItem> items) {
        List<Entry> entries = items.stream()
                .sorted(Comparator.comparing((PublishedItem i) -> i.meeting().meeting().date()).reversed()
                        .thenComparing(i -> Urls.item(i)))
                .limit(ENTRIES)
                .map(i -> new Entry(Urls.item(i), i.item().number() + " " + i.item().title() + " ("
                        + i.meeting().council().name() + ", " + DanishDates.date(i.meeting().meeting().date()) + ")",
                        i.meeting().meeting().date(), i.item().decision()
                        .map(d -> absolute(markdown.toHtml(Markdown.decision(d.markdown(), i.meeting().key()))))
                        .orElse("")))
                .toList();
        return feed(path, pagePath, title, entries);
    }

    /** The items of a meeting as an HTML list. */
    private String summary(PublishedMeeting meeting) {
        StringBuilder html = new StringBuilder("<ul>");
        for (PublishedItem item : archive.itemsOf(meeting)) {
            html.append("<li>").append(escape(item.item().number() + " " + item.item().title())).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private record Entry(String path, String title, LocalDate date, String html) {
    }

    private SiteFile feed(String path, String pagePath, String title, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "da");
            element(xml, "id", config.baseUrl() + path);
            element(xml, "title", title);
            link(xml, "self", config.baseUrl() + path, "application/atom+xml");
            link(xml, "alternate", config.baseUrl() + pagePath, "text/html");
            element(xml, "updated", timestamp(entries.isEmpty() ? LocalDate.of(2000, 1, 1) : entries.get(0).date()));
            xml.writeStartElement("author");
            element(xml, "name", archive.archive().site().organisation().isEmpty() ? archive.archive().site().title()
                    : archive.archive().site().organisation());
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeCharacters("\n");
                xml.writeStartElement("entry");
                element(xml, "id", config.baseUrl() + entry.path());
                element(xml, "title", entry.title());
                link(xml, "alternate", config.baseUrl() + entry.path(), "text/html");
                element(xml, "updated", timestamp(entry.date()));
                if (!entry.html().isEmpty()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "html");
                    xml.writeCharacters(entry.html());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the feed " + path, e);
        }
        return new SiteFile(path, bytes.toByteArray());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay(DANISH_TIME).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Reference links in rendered Markdown point into the site; in a feed they must be absolute. */
    private String absolute(String html) {
        return html.replace("href=\"arkiv:/", "href=\"" + config.baseUrl());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
