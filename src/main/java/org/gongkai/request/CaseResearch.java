package org.gongkai.request;

import java.time.Clock;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.gongkai.shared.Actors;
import org.gongkai.shared.NotFound;
import org.gongkai.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a case, the handler searches the published information (the portal's search index) and attaches what answers
 * the application (issue 11 §4). An attached record is what a reply of 予以公开 or 部分公开 points the applicant to when
 * the information is already public (第三十六条第（一）项: 告知获取该政府信息的方式、途径); the reply's “提供的信息” is
 * written from them when the handler leaves it empty.
 */
@Service
public class CaseResearch {

    private final RequestRepository cases;
    private final FoundRecords found;
    private final SearchIndex index;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;

    CaseResearch(
            RequestRepository cases,
            FoundRecords found,
            SearchIndex index,
            AccessControl access,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.found = found;
        this.index = index;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published records matching the words, for the case's handler (any unit's records: the applicant may be helped). */
    @Transactional(readOnly = true)
    public SearchResults search(long id, String words) {
        open(id, "REQUEST_SEARCH");
        SearchQuery q = new SearchQuery(words, null, null, null, null, null, null, 1, 10);
        if (q.cleanText().isEmpty()) {
            return SearchResults.empty(q);
        }
        return index.search(q);
    }

    /**
     * Attaches the record found by the words (searched again, so only what is published now can be attached); a
     * record attached already is refused with a message.
     */
    @Transactional
    public void attach(long id, String words, long recordId) {
        RequestCase c = open(id, "REQUEST_FOUND_ATTACH");
        SearchQuery q = new SearchQuery(words, null, null, null, null, null, null, 1, SearchQuery.MAX_SIZE);
        SearchHit hit = q.cleanText().isEmpty()
                ? null
                : index.search(q).hits().stream()
                        .filter(h -> h.recordId() == recordId)
                        .findFirst()
                        .orElse(null);
        if (hit == null) {
            throw new RuleViolation("该信息已不在检索结果中（可能已撤回或已更新），请重新检索后再添加。");
        }
        if (!found.add(c.id(), hit, clock.instant(), Actors.currentName())) {
            throw new RuleViolation("《" + hit.title() + "》已添加到本申请。");
        }
        audit.record("REQUEST_FOUND_ATTACH", "request:" + id, Outcome.SUCCESS, hit.indexNumber());
    }

    @Transactional
    public void detach(long id, long foundId) {
        open(id, "REQUEST_FOUND_DETACH");
        if (!found.remove(id, foundId)) {
            throw new NotFound("本申请没有这条已添加的信息。");
        }
        audit.record("REQUEST_FOUND_DETACH", "request:" + id, Outcome.SUCCESS, Long.toString(foundId));
    }

    @Transactional(readOnly = true)
    public List<FoundRecord> of(long id) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.requireAny(RequestCases.READERS, c.organizationId(), "REQUEST_READ");
        return found.of(id);
    }

    /** The case, while it is open, for its unit's handler. */
    private RequestCase open(long id, String action) {
        RequestCase c = cases.find(id).orElseThrow(() -> new NotFound("该申请不存在。"));
        access.require(Role.REQUEST_HANDLER, c.organizationId(), action);
        if (!c.status().isOpen()) {
            throw new RuleViolation("该申请已办结，不能再添加或移除检索到的信息。");
        }
        return c;
    }
}
