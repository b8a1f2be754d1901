package org.gongkai.shared.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML the portal serves — Atom feeds (RFC 4287) and sitemaps — written with the JDK's StAX writer, which escapes every
 * text and attribute.
 */
public final class XmlDocuments {

    private XmlDocuments() {}

    /** What writes a document's elements. */
    public interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    public static String xml(Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    public static void link(XMLStreamWriter w, String href, String rel) throws XMLStreamException {
        w.writeEmptyElement("link");
        if (rel != null) {
            w.writeAttribute("rel", rel);
        }
        w.writeAttribute("href", href);
    }

    /** One entry of an Atom feed: its title, address (also its id), last change, author and summary. */
    public record Entry(String title, String url, Instant updated, String author, String summary) {}

    /** An Atom feed at {@code self} of these entries, newest first; {@code updated} is the newest entry's time. */
    public static String atom(String title, String self, String alternate, List<Entry> entries) {
        Instant updated = entries.isEmpty() ? Instant.EPOCH : entries.get(0).updated();
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            text(w, "title", title);
            text(w, "id", self);
            text(w, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(w, self, "self");
            link(w, alternate, null);
            for (Entry e : entries) {
                w.writeStartElement("entry");
                text(w, "title", e.title());
                text(w, "id", e.url());
                text(w, "updated", DateTimeFormatter.ISO_INSTANT.format(e.updated()));
                link(w, e.url(), null);
                w.writeStartElement("author");
                text(w, "name", e.author());
                w.writeEndElement();
                text(w, "summary", e.summary());
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }
}
