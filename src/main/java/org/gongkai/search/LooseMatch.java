package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What a loose search asks of a record when the words typed find too little (issue 14 §1): most of the words that
 * carry meaning — the words of a question such as 我想了解、怎么、如何 left out — or most of the text's two-character
 * sequences (bigrams), which find "最底生活保障" in 最低生活保障 and "救灾" inside 防灾减灾救灾 where the word
 * segmentation cuts differently. Both engines search these same terms.
 */
record LooseMatch(List<String> words, int wordsNeeded, List<String> grams, int gramsNeeded) {

    /** Words that frame a question rather than name what is sought. */
    static final Set<String> QUESTION_WORDS = Set.of(
            "我", "我们", "我家", "想", "想要", "要", "了解", "一下", "知道", "查", "查询", "查找", "看看", "怎么", "怎样", "怎么样", "如何", "什么",
            "啥", "哪里", "哪儿", "哪些", "哪个", "请问", "问", "的", "了", "吗", "呢", "吧", "啊", "是", "有", "有没有", "能", "能否", "可以",
            "需要", "应该", "在", "和", "与", "及", "或", "关于", "去", "多少", "几", "谁", "为什么", "是否", "这个", "那个", "里", "给", "对", "都",
            "还", "也", "就", "吗？", "最近", "现在");

    /** The share of a text's words or bigrams a record must have, when the text has more than two. */
    static final double SHARE = 0.6;

    private static final Analyzer WORDS = new ChineseWordAnalyzer();
    private static final Analyzer GRAMS =
            new org.apache.lucene.analysis.cjk.CJKAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);

    /**
     * What a loose search asks, one for its text and one for each other wording, in the terms both engines index
     * (SmartChinese words, CJK bigrams); none for a search that asks for every word.
     */
    static List<LooseMatch> of(SearchQuery q) {
        if (!q.loose()) {
            return List.of();
        }
        List<LooseMatch> out = new ArrayList<>();
        out.add(of(q.cleanText(), WORDS, GRAMS));
        for (String other : q.alternatives()) {
            out.add(of(other, WORDS, GRAMS));
        }
        return out;
    }

    private static LooseMatch of(String text, Analyzer words, Analyzer grams) {
        char[] kept = text.toCharArray();
        Set<String> meaningful = new LinkedHashSet<>();
        try (TokenStream stream = words.tokenStream(LuceneSearchIndex.ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (QUESTION_WORDS.contains(word)) {
                    for (int i = offset.startOffset(); i < offset.endOffset() && i < kept.length; i++) {
                        kept[i] = ' ';
                    }
                } else {
                    meaningful.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> bigrams = new LinkedHashSet<>();
        try (TokenStream stream = grams.tokenStream(LuceneSearchIndex.GRAMS, new String(kept))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                bigrams.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> w = new ArrayList<>(meaningful);
        List<String> g = new ArrayList<>(bigrams);
        return new LooseMatch(w, needed(w.size()), g, needed(g.size()));
    }

    private static int needed(int n) {
        return n <= 2 ? n : (int) Math.ceil(n * SHARE);
    }

    boolean isEmpty() {
        return words.isEmpty() && grams.isEmpty();
    }
}
