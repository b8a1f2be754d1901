package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text segmented once and indexed in several fields. Chinese word segmentation is most
 * of the cost of indexing, and the body goes both into its own field (for snippets) and into the field every
 * query searches; replaying the tokens of one analysis gives both fields exactly the terms, positions and
 * offsets that analysing each would give.
 */
final class AnalyzedText {

    private final int length;
    private final String[] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;

    private AnalyzedText(int length, String[] terms, int[] increments, int[] starts, int[] ends) {
        this.length = length;
        this.terms = terms;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
    }

    static AnalyzedText of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        int[] increments = new int[16];
        int[] starts = new int[16];
        int[] ends = new int[16];
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int n = 0;
            while (stream.incrementToken()) {
                if (n == starts.length) {
                    increments = Arrays.copyOf(increments, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                terms.add(term.toString());
                increments[n] = increment.getPositionIncrement();
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            stream.end();
            return new AnalyzedText(text.length(), terms.toArray(String[]::new), increments, starts, ends);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tokens of one text. */
    TokenStream stream() {
        return new Replay(List.of(this));
    }

    /**
     * The tokens of several texts as if joined by one separator character that yields no token (as the
     * segmenter treats a line break), offsets shifted to match the joined text.
     */
    static TokenStream joined(List<AnalyzedText> parts) {
        return new Replay(parts);
    }

    private static final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<AnalyzedText> parts;
        private int part;
        private int token;
        private int shift;

        Replay(List<AnalyzedText> parts) {
            this.parts = parts;
        }

        @Override
        public boolean incrementToken() {
            while (part < parts.size() && token >= parts.get(part).terms.length) {
                shift += parts.get(part).length + 1;
                part++;
                token = 0;
            }
            if (part >= parts.size()) {
                return false;
            }
            clearAttributes();
            AnalyzedText t = parts.get(part);
            term.setEmpty().append(t.terms[token]);
            increment.setPositionIncrement(t.increments[token]);
            offset.setOffset(shift + t.starts[token], shift + t.ends[token]);
            token++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int total = -1;
            for (AnalyzedText t : parts) {
                total += t.length + 1;
            }
            int last = Math.max(0, total);
            offset.setOffset(last, last);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            part = 0;
            token = 0;
            shift = 0;
        }
    }
}
