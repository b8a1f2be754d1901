package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The faster segmentation gives SmartChinese's tokens exactly: text, offsets, positions and types. */
class ChineseWordsTests {

    private final Analyzer smartChinese = new SmartChineseAnalyzer();
    private final Analyzer ours = new ChineseWordAnalyzer();

    @Test
    void realTextIsSegmentedAsSmartChineseDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(
                Stream.of(Path.of("README.md"), Path.of("src/main/resources/catalog/guidelines.csv")),
                Files.walk(Path.of("src/main/resources/templates"))
                        .filter(p -> p.toString().endsWith(".html")))) {
            for (Path p : files.toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        int tokens = 0;
        for (String text : texts) {
            tokens += assertSameTokens(text);
            // and line by line, each line a document of its own
            for (String line : text.split("\n")) {
                assertSameTokens(line);
            }
        }
        assertThat(tokens).as("the real texts give many words").isGreaterThan(50_000);
    }

    @Test
    void randomTextIsSegmentedAsSmartChineseDoes() throws IOException {
        String real = Files.readString(Path.of("src/main/resources/catalog/guidelines.csv"), StandardCharsets.UTF_8);
        String[] pieces = {
            " ", "\u3000", "\t", "\n", "\r\n", "  ", "。", "，", "、", "；", "：", "！", "？", "“", "”", "《", "》", "（", "）",
            ".", ",", "-", "/", "%", "#", "@", "abc", "ABC", "GongKai", "ｇｏｖ", "ＰＤＦ", "2026", "１２３", "3.5", "第3条", "😀",
            "𠀀", "\uD83D", "\uDE00", "㐀", "ｱ", "é", "Ⅻ", "①", "·", "…", "—", "～", "\u0000", "<p>", "&amp;", "\u00a0"
        };
        Random random = new Random(20261204L);
        for (int round = 0; round < 4000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    int start = random.nextInt(real.length() - 40);
                    text.append(real, start, start + 1 + random.nextInt(40));
                }
            }
            assertSameTokens(text.toString());
        }
        assertSameTokens("");
        assertSameTokens("   ");
        assertSameTokens("最低 生活 保障");
        assertSameTokens("依申请公开　政府信息公开条例第三十三条");
    }

    private int assertSameTokens(String text) throws IOException {
        List<String> expected = tokens(smartChinese, text);
        assertThat(tokens(ours, text)).as("%s", text).isEqualTo(expected);
        return expected.size();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
                        + increment.getPositionIncrement() + " " + type.type());
            }
            stream.end();
            out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
        }
        return out;
    }
}
