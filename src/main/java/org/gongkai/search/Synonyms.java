package org.gongkai.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.audit.AuditTrail;
import org.gongkai.audit.Outcome;
import org.gongkai.organization.AccessControl;
import org.gongkai.organization.Role;
import org.gongkai.shared.ChangeStamps;
import org.gongkai.shared.InvalidFields;
import org.gongkai.shared.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonym and abbreviation dictionary of the search (issue 14 §1): people type 低保, 公租房, 三公经费; records say
 * 最低生活保障, 公共租赁住房, 因公出国 … 公务接待. A search that contains a term also finds the records that have every
 * word of one of its wordings, the term replaced. Shipped with the common short forms; the supervising office edits
 * it, every change audited; held in memory and read again when any node changes it (change stamp {@value #STAMP}).
 */
@Service
public class Synonyms {

    static final String STAMP = "search-synonyms";
    static final int MAX_TERM = 40;
    static final int MAX_EXPANSIONS = 400;

    /** A term and its wordings (each words separated by spaces; all of a wording's words must be in a record). */
    public record Entry(long id, String term, List<String> wordings, int version) {

        /** The wordings as the office writes them, separated by "；". */
        public String expansions() {
            return String.join("；", wordings);
        }
    }

    private record Loaded(long stamp, List<Entry> entries) {}

    private final JdbcClient jdbc;
    private final ChangeStamps stamps;
    private final AccessControl access;
    private final AuditTrail audit;
    private volatile Loaded loaded;

    Synonyms(JdbcClient jdbc, ChangeStamps stamps, AccessControl access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.stamps = stamps;
        this.access = access;
        this.audit = audit;
    }

    /** Every entry, longest term first (so that 两癌筛查 is tried before 两癌). */
    public List<Entry> all() {
        long stamp = stamps.current(STAMP);
        Loaded l = loaded;
        if (l == null || l.stamp() != stamp) {
            List<Entry> entries = new ArrayList<>(jdbc.sql("select id, term, expansions, version from search_synonym")
                    .query((rs, n) ->
                            new Entry(rs.getLong(1), rs.getString(2), wordings(rs.getString(3)), rs.getInt(4)))
                    .list());
            entries.sort(
                    Comparator.comparingInt((Entry e) -> -e.term().length()).thenComparing(Entry::term));
            l = new Loaded(stamp, List.copyOf(entries));
            loaded = l;
        }
        return l.entries();
    }

    /**
     * The other wordings of a search: for each term the text contains (longest first, a term inside a longer one
     * already used is skipped), the text with the term replaced by each of its wordings; at most {@link
     * SearchQuery#MAX_ALTERNATIVES}. The work is the terms times the text's length, whatever is typed.
     */
    public List<String> expand(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<int[]> used = new ArrayList<>();
        for (Entry e : all()) {
            int at = text.indexOf(e.term());
            if (at < 0 || overlaps(used, at, at + e.term().length())) {
                continue;
            }
            used.add(new int[] {at, at + e.term().length()});
            for (String wording : e.wordings()) {
                if (out.size() == SearchQuery.MAX_ALTERNATIVES) {
                    return out;
                }
                String other = text.substring(0, at) + " " + wording + " "
                        + text.substring(at + e.term().length());
                out.add(other.strip().replaceAll(" {2,}", " "));
            }
        }
        return out;
    }

    /** The search with the other wordings of its text (see {@link #expand}). */
    public SearchQuery expanded(SearchQuery q) {
        return q.withAlternatives(expand(q.cleanText()));
    }

    private static boolean overlaps(List<int[]> used, int from, int to) {
        return used.stream().anyMatch(u -> from < u[1] && u[0] < to);
    }

    /** Adds a term ({@code id} null) or changes one as it was shown; the supervising office only. */
    @Transactional
    public void save(Long id, String term, String expansions, Integer version) {
        access.requireAnywhere(Role.SUPERVISOR, "SEARCH_SYNONYM_SAVE");
        InvalidFields.Collector errors = new InvalidFields.Collector();
        String t = term == null ? "" : term.strip();
        if (t.isEmpty()) {
            errors.add("term", "请填写检索时常用的词，例如“低保”。");
        } else if (t.length() > MAX_TERM || t.chars().anyMatch(Character::isWhitespace)) {
            errors.add("term", "常用词不能含空格，最多 " + MAX_TERM + " 个字。");
        }
        List<String> wordings = wordings(expansions);
        if (wordings.isEmpty()) {
            errors.add("expansions", "请填写规范说法，例如“最低生活保障”；几种说法以“；”分隔。");
        } else if (String.join("；", wordings).length() > MAX_EXPANSIONS) {
            errors.add("expansions", "规范说法合计不能超过 " + MAX_EXPANSIONS + " 个字。");
        } else if (wordings.size() > SearchQuery.MAX_ALTERNATIVES) {
            errors.add("expansions", "一个常用词最多 " + SearchQuery.MAX_ALTERNATIVES + " 种规范说法。");
        }
        errors.throwIfAny();
        String stored = String.join("；", wordings);
        try {
            if (id == null) {
                jdbc.sql("insert into search_synonym (term, expansions, version) values (?, ?, 0)")
                        .params(t, stored)
                        .update();
            } else if (jdbc.sql("update search_synonym set term = ?, expansions = ?, version = version + 1 "
                                    + "where id = ? and version = ?")
                            .params(t, stored, id, version == null ? -1 : version)
                            .update()
                    == 0) {
                throw new RuleViolation("该词条已被他人修改或删除，请刷新页面后重新填写。");
            }
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("term", "词典中已有“" + t + "”，请修改该词条。");
        }
        stamps.bump(STAMP);
        audit.record("SEARCH_SYNONYM_SAVE", "synonym:" + t, Outcome.SUCCESS, t + " → " + stored);
    }

    @Transactional
    public void delete(long id, int version) {
        access.requireAnywhere(Role.SUPERVISOR, "SEARCH_SYNONYM_DELETE");
        String term = jdbc.sql("select term from search_synonym where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new RuleViolation("该词条已被删除。"));
        if (jdbc.sql("delete from search_synonym where id = ? and version = ?")
                        .params(id, version)
                        .update()
                == 0) {
            throw new RuleViolation("该词条已被他人修改，请刷新页面后再删除。");
        }
        stamps.bump(STAMP);
        audit.record("SEARCH_SYNONYM_DELETE", "synonym:" + term, Outcome.SUCCESS, "删除检索同义词 " + term);
    }

    /** The wordings of a stored or typed list: split at ；or ;, blanks collapsed, empty ones dropped. */
    static List<String> wordings(String expansions) {
        List<String> out = new ArrayList<>();
        if (expansions == null) {
            return out;
        }
        for (String w : expansions.split("[；;]")) {
            String words = w.strip().replaceAll("[\\s\u3000]+", " ");
            if (!words.isEmpty() && !out.contains(words)) {
                out.add(words);
            }
        }
        return out;
    }
}
