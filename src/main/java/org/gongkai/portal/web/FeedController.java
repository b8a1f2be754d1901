package org.gongkai.portal.web;

import static org.gongkai.shared.web.XmlDocuments.text;
import static org.gongkai.shared.web.XmlDocuments.xml;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongkai.information.DisclosureColumn;
import org.gongkai.information.InformationQuery;
import org.gongkai.information.PublicInformation;
import org.gongkai.information.PublishedSummary;
import org.gongkai.organization.Organization;
import org.gongkai.organization.OrganizationDirectory;
import org.gongkai.portal.Site;
import org.gongkai.portal.Sites;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.web.XmlDocuments;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds (RFC 4287) of newly published information: the whole site, one organization, or one column of
 * an organization; and {@code sitemap.xml} (a sitemap index once record ids pass what one sitemap may hold;
 * each part lists the public records of one range of ids, so no part is found by skipping rows). Withdrawn
 * information is gone from both at once, since they read the live public records.
 */
@Controller
class FeedController {

    private static final int ENTRIES = 50;
    static final int SITEMAP_SIZE = 40_000;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final PublicInformation information;
    private final OrganizationDirectory directory;
    private final Sites sites;

    private final String siteUrl;
    private final java.net.URI siteAddress;

    FeedController(
            PublicInformation information,
            OrganizationDirectory directory,
            Sites sites,
            @org.springframework.beans.factory.annotation.Value("${gongkai.site-url}") String siteUrl) {
        String trimmed = siteUrl.strip();
        this.siteUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        this.siteAddress = java.net.URI.create(this.siteUrl);
        this.information = information;
        this.directory = directory;
        this.sites = sites;
    }

    /** The records of the platform, or on a unit's site (网站群) those of its unit and the units below it. */
    @GetMapping("/feeds/information.atom")
    ResponseEntity<String> all(HttpServletRequest request) {
        Site site = site(request);
        if (site != null) {
            return atom(request, site.name() + " · 政府信息", "/feeds/information.atom", site.organizationId(), null, true);
        }
        return atom(request, "全部政府信息", "/feeds/information.atom", null, null, false);
    }

    @GetMapping("/feeds/units/{id}.atom")
    ResponseEntity<String> unit(@PathVariable long id, HttpServletRequest request) {
        Organization unit = directory.find(id).orElseThrow(() -> new NotFound("该单位不存在。"));
        return atom(request, unit.name() + " · 政府信息", "/feeds/units/" + id + ".atom", id, null, false);
    }

    @GetMapping("/feeds/units/{id}/{column}.atom")
    ResponseEntity<String> column(@PathVariable long id, @PathVariable String column, HttpServletRequest request) {
        Organization unit = directory.find(id).orElseThrow(() -> new NotFound("该单位不存在。"));
        DisclosureColumn c;
        try {
            c = DisclosureColumn.valueOf(column);
        } catch (IllegalArgumentException e) {
            throw new NotFound("该栏目不存在。");
        }
        return atom(
                request, unit.name() + " · " + c.label(), "/feeds/units/" + id + "/" + column + ".atom", id, c, false);
    }

    /** A feed of a unit's records ({@code tree}: and of the units below it), or of all when the unit is null. */
    private ResponseEntity<String> atom(
            HttpServletRequest request,
            String title,
            String self,
            Long organizationId,
            DisclosureColumn column,
            boolean tree) {
        String base = base(request);
        InformationQuery query = new InformationQuery(organizationId, column, null, null, null, null, null, 1, ENTRIES);
        if (tree) {
            query = new InformationQuery(null, column, null, null, null, null, null, 1, ENTRIES).within(organizationId);
        }
        List<PublishedSummary> items = information.list(query).items();
        if (tree) {
            PageTags.frontOfTree(request, organizationId);
        } else {
            PageTags.front(request, organizationId);
        }
        PageTags.shown(request, items);
        java.util.Map<Long, String> names = directory.names();
        List<XmlDocuments.Entry> entries = items.stream()
                .map(s -> new XmlDocuments.Entry(
                        s.title(),
                        base + "/information/" + s.indexNumber(),
                        s.publishedAt(),
                        names.getOrDefault(s.organizationId(), ""),
                        (s.documentNumber() == null ? "" : s.documentNumber() + " ")
                                + s.documentType().label() + " · 索引号 " + s.indexNumber()))
                .toList();
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(XmlDocuments.atom(title, base + self, base + "/openness", entries));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        String base = base(request);
        Long within = within(request);
        front(request, within);
        long lastId = information.maxPublicId(within);
        if (lastId >= SITEMAP_SIZE) {
            return ResponseEntity.ok().contentType(XML).body(xml(w -> {
                w.writeStartElement("sitemapindex");
                w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
                for (int part = 0; part * (long) SITEMAP_SIZE <= lastId; part++) {
                    w.writeStartElement("sitemap");
                    text(w, "loc", base + "/sitemaps/information-" + (part + 1) + ".xml");
                    w.writeEndElement();
                }
                w.writeStartElement("sitemap");
                text(w, "loc", base + "/sitemaps/pages.xml");
                w.writeEndElement();
                w.writeEndElement();
            }));
        }
        return ResponseEntity.ok().contentType(XML).body(urlset(base, within, 0, true));
    }

    @GetMapping("/sitemaps/information-{part}.xml")
    ResponseEntity<String> sitemapPart(@PathVariable int part, HttpServletRequest request) {
        Long within = within(request);
        front(request, within);
        if (part < 1 || (part - 1) * (long) SITEMAP_SIZE > information.maxPublicId(within)) {
            throw new NotFound("该站点地图不存在。");
        }
        return ResponseEntity.ok().contentType(XML).body(urlset(base(request), within, part - 1, false));
    }

    @GetMapping("/sitemaps/pages.xml")
    ResponseEntity<String> sitemapPages(HttpServletRequest request) {
        return ResponseEntity.ok().contentType(XML).body(xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            pages(w, base(request), within(request));
            w.writeEndElement();
        }));
    }

    private String urlset(String base, Long within, int part, boolean withPages) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            if (withPages) {
                pages(w, base, within);
            }
            long from = part * (long) SITEMAP_SIZE;
            for (PublicInformation.SitemapEntry e : information.sitemapEntries(within, from, from + SITEMAP_SIZE)) {
                w.writeStartElement("url");
                text(w, "loc", base + "/information/" + e.indexNumber());
                text(w, "lastmod", DateTimeFormatter.ISO_INSTANT.format(e.lastModified()));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private void pages(XMLStreamWriter w, String base, Long within) throws XMLStreamException {
        for (String path :
                List.of("/", "/openness", "/openness/information", "/organizations", "/catalogs", "/negative-lists")) {
            w.writeStartElement("url");
            text(w, "loc", base + path);
            w.writeEndElement();
        }
        for (var e : directory.tree(within)) {
            w.writeStartElement("url");
            text(w, "loc", base + "/openness/units/" + e.organization().id());
            w.writeEndElement();
        }
    }

    /**
     * The platform's configured public address (gongkai.site-url), or a registered site's host name under its scheme
     * and port; never a Host header a visitor made up (issue 9 §28).
     */
    private String base(HttpServletRequest request) {
        Site site = site(request);
        if (site == null) {
            return siteUrl;
        }
        return siteAddress.getScheme() + "://" + site.host()
                + (siteAddress.getPort() == -1 ? "" : ":" + siteAddress.getPort());
    }

    private Site site(HttpServletRequest request) {
        return sites.forHost(request.getServerName()).orElse(null);
    }

    /** On a unit's site, its unit: its sitemap lists that unit's records and those of the units below it. */
    private Long within(HttpServletRequest request) {
        Site site = site(request);
        return site == null ? null : site.organizationId();
    }

    private static void front(HttpServletRequest request, Long within) {
        if (within == null) {
            PageTags.front(request, null);
        } else {
            PageTags.frontOfTree(request, within);
        }
    }
}
