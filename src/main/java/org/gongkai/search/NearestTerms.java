package org.gongkai.search;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.gongkai.information.PublicInformation;
import org.springframework.stereotype.Service;

/**
 * The terms nearest to a search that found nothing (issue 14 §1: "没有找到" suggests the nearest terms): among the
 * 关键词 of the public records and the words and wordings of the 检索词典, those a character or two away from the text
 * typed (Levenshtein similarity at least {@value #SIMILAR}), most similar first. 婚咽登记 suggests 婚姻登记.
 */
@Service
public class NearestTerms {

    static final float SIMILAR = 0.6f;

    /** Texts longer than this are sentences, not misspelt terms; none is suggested for them. */
    static final int MAX_TEXT = 20;

    private final PublicInformation information;
    private final Synonyms synonyms;
    /**
     * The vocabulary, read again every ten minutes in the background (new keywords come with publications): after the
     * first, no visitor waits for it to be read.
     */
    private final LoadingCache<Boolean, List<String>> vocabulary;

    NearestTerms(PublicInformation information, Synonyms synonyms) {
        this.information = information;
        this.synonyms = synonyms;
        this.vocabulary = Caffeine.newBuilder()
                .refreshAfterWrite(Duration.ofMinutes(10))
                .maximumSize(1)
                .build(k -> read());
    }

    private List<String> read() {
        Set<String> words = new TreeSet<>(information.keywords());
        for (Synonyms.Entry e : synonyms.all()) {
            words.add(e.term());
            for (String wording : e.wordings()) {
                words.add(wording.replace(" ", ""));
            }
        }
        return List.copyOf(words);
    }

    /** At most {@code n} terms near {@code text}, most similar first; none when the text is long or empty. */
    public List<String> nearest(String text, int n) {
        String t = text == null ? "" : text.replaceAll("\\s+", "");
        if (t.length() < 2 || t.length() > MAX_TEXT) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance();
        record Scored(String term, float similarity) {}
        List<Scored> near = new ArrayList<>();
        for (String word : vocabulary.get(Boolean.TRUE)) {
            if (Math.abs(word.length() - t.length()) <= 2 && !word.equals(t)) {
                float similarity = distance.getDistance(t, word);
                if (similarity >= SIMILAR) {
                    near.add(new Scored(word, similarity));
                }
            }
        }
        return near.stream()
                .sorted(Comparator.comparing(Scored::similarity).reversed().thenComparing(Scored::term))
                .limit(n)
                .map(Scored::term)
                .toList();
    }
}
