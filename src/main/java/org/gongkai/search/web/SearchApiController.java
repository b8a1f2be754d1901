package org.gongkai.search.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=…}: the portal's search as JSON; any text is accepted, none fails. */
@RestController
class SearchApiController {

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/search")
    Map<String, Object> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String validity,
            @RequestParam(required = false) SearchQuery.Sort sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        SearchResults results =
                index.search(new SearchQuery(q, organizationId, year, topic, type, validity, sort, page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", results.total());
        body.put("page", results.page());
        body.put("size", results.size());
        body.put("truncated", results.truncated());
        body.put(
                "hits",
                results.hits().stream()
                        .map(h -> {
                            Map<String, Object> hit = new LinkedHashMap<>();
                            hit.put("indexNumber", h.indexNumber());
                            hit.put("title", h.title());
                            hit.put("titleHtml", h.titleHtml());
                            hit.put("snippetHtml", h.snippetHtml());
                            hit.put("documentNumber", h.documentNumber());
                            hit.put("organizationId", h.organizationId());
                            hit.put("publishedAt", h.publishedAt().toString());
                            hit.put("validity", h.validity());
                            hit.put("url", "/information/" + h.indexNumber());
                            return hit;
                        })
                        .toList());
        return body;
    }
}
