package org.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.cn.smart.hhmm.SegTokenFilter;

/**
 * Chinese word segmentation giving exactly the words of Lucene's SmartChineseAnalyzer (the same dictionaries, the
 * same hidden Markov model, the same tie-breaking), several times faster: segmentation was half the CPU of
 * rebuilding the search index (issue 8 §4). SmartChinese builds, for every sentence, objects for each candidate
 * word and each pair of neighbouring words, finds each candidate by a hash lookup of its first character and a
 * binary search among that character's words (a new array per extension), and hashes each pair into a fresh
 * array; here the word dictionary is a trie walked one character at a time, the pair frequencies are looked up
 * with their hashes carried forward character by character, and the shortest path is relaxed in the order the
 * candidates are found, in arrays reused from sentence to sentence. {@code ChineseWordsTests} holds every token
 * (text, offsets, positions) to SmartChinese's on real and random text.
 *
 * <p>The dictionaries are SmartChinese's own ({@code coredict.mem}, {@code bigramdict.mem} in its jar), read once.
 * A {@link Sentences} instance is not thread-safe: one per tokenizer.
 */
final class ChineseWords {

    /** The size of SmartChinese's pair (bigram) hash table, a prime its stored table is laid out for. */
    private static final int BIGRAM_TABLE = 402137;

    private static final char PAIR_SEPARATOR = '@';

    private static final double SMOOTH = 0.1;

    private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;

    private static final ChineseWords INSTANCE = load();

    /** The trie: child of (node, character) as an open-addressed table. Node 0 is the root. */
    private final long[] childKeys;

    private final int[] childNodes;
    private final int childMask;
    /** A node's word frequency, or {@link #NOT_A_WORD} when the path to it is only the beginning of words. */
    private final int[] frequency;

    private static final int NOT_A_WORD = Integer.MIN_VALUE;

    private final long[] pairHashes;
    private final int[] pairFrequencies;

    private final int stringFrequency;
    private final int numberFrequency;
    private final int beginFrequency;
    private final int endFrequency;

    private ChineseWords(
            long[] childKeys, int[] childNodes, int[] frequency, long[] pairHashes, int[] pairFrequencies) {
        this.childKeys = childKeys;
        this.childNodes = childNodes;
        this.childMask = childKeys.length - 1;
        this.frequency = frequency;
        this.pairHashes = pairHashes;
        this.pairFrequencies = pairFrequencies;
        this.stringFrequency = wordFrequency(Utility.STRING_CHAR_ARRAY);
        this.numberFrequency = wordFrequency(Utility.NUMBER_CHAR_ARRAY);
        this.beginFrequency = wordFrequency(Utility.START_CHAR_ARRAY);
        this.endFrequency = wordFrequency(Utility.END_CHAR_ARRAY);
    }

    static ChineseWords instance() {
        return INSTANCE;
    }

    /** A segmenter with its own working arrays. */
    Sentences sentences() {
        return new Sentences();
    }

    // ---- the word dictionary as a trie

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int slot = mix(key) & childMask;
        while (true) {
            int found = childNodes[slot];
            if (found == 0) {
                return -1;
            }
            if (childKeys[slot] == key) {
                return found;
            }
            slot = (slot + 1) & childMask;
        }
    }

    private int wordFrequency(char[] word) {
        int node = 0;
        for (char c : word) {
            node = child(node, c);
            if (node < 0) {
                return 0;
            }
        }
        return frequency[node] == NOT_A_WORD ? 0 : frequency[node];
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    // ---- the pair dictionary: SmartChinese's table, probed as SmartChinese probes it

    /** FNV-1 over each character's low then high byte: the pair table's first hash. */
    private static long fnv(long hash, char c) {
        hash = (hash ^ (c & 0x00FF)) * 1099511628211L;
        return (hash ^ (c >> 8)) * 1099511628211L;
    }

    private static final long FNV_START = 0xcbf29ce484222325L;

    /** The pair table's second hash (a djb2 variant, as its table was built with). */
    private static int djb(int hash, char c) {
        hash = ((hash << 5) + hash) + c & 0x00FF;
        return ((hash << 5) + hash) + c >> 8;
    }

    private static final int DJB_START = 5381;

    private int pairFrequency(long hashId, int second) {
        int hash1 = (int) (hashId % BIGRAM_TABLE);
        int hash2 = second % BIGRAM_TABLE;
        if (hash1 < 0) {
            hash1 = BIGRAM_TABLE + hash1;
        }
        if (hash2 < 0) {
            hash2 = BIGRAM_TABLE + hash2;
        }
        int index = hash1;
        int i = 1;
        while (pairHashes[index] != 0 && pairHashes[index] != hashId && i < BIGRAM_TABLE) {
            index = (hash1 + i * hash2) % BIGRAM_TABLE;
            i++;
        }
        return i < BIGRAM_TABLE && pairHashes[index] == hashId ? pairFrequencies[index] : 0;
    }

    /** Segments sentences one after another, reusing its arrays. */
    final class Sentences {

        private final SegTokenFilter filter = new SegTokenFilter();
        private int[] types = new int[64];
        // candidate words, in SmartChinese's order: by start, then as found
        private int count;
        private int[] starts = new int[128];
        private int[] ends = new int[128];
        private int[] wordTypes = new int[128];
        private int[] weights = new int[128];
        /** The characters a candidate is known by in the dictionaries (a marker for strings and numbers). */
        private int[] idStarts = new int[128];

        private int[] idLengths = new int[128];
        private char[] ids = new char[256];
        private int idLength;
        /** Per start offset + 1: the first candidate starting there, or -1. */
        private int[] firstAt = new int[64];

        private double[] distance = new double[128];
        private int[] previous = new int[128];
        private char[] word = new char[16];

        /**
         * The words of one sentence as SmartChinese's tokenizer gives them: without the sentence markers,
         * strings and numbers as written, offsets shifted by {@code offset}.
         */
        List<SegToken> segment(String sentence, int offset) {
            int length = sentence.length();
            candidates(sentence, length);
            int last = shortestPath(length);
            if (last < 0) {
                return List.of();
            }
            // walk back from the end marker; the path without its two markers
            int n = 0;
            for (int t = previous[last]; t != 0; t = previous[t]) {
                n++;
            }
            if (n == 0) {
                return List.of();
            }
            SegToken[] path = new SegToken[n];
            int k = n;
            for (int t = previous[last]; t != 0; t = previous[t]) {
                path[--k] = token(sentence, t, offset);
            }
            return Arrays.asList(path);
        }

        private SegToken token(String sentence, int t, int offset) {
            int type = wordTypes[t];
            char[] chars = switch (type) {
                case WordType.STRING, WordType.NUMBER, WordType.FULLWIDTH_STRING, WordType.FULLWIDTH_NUMBER ->
                    sentence.substring(starts[t], ends[t]).toCharArray();
                default -> Arrays.copyOfRange(ids, idStarts[t], idStarts[t] + idLengths[t]);
            };
            SegToken token = filter.filter(new SegToken(chars, starts[t], ends[t], type, weights[t]));
            token.startOffset += offset;
            token.endOffset += offset;
            return token;
        }

        // ---- the candidate words of a sentence (SmartChinese's word graph)

        private void candidates(String sentence, int length) {
            count = 0;
            idLength = 0;
            if (types.length < length) {
                types = new int[Math.max(length, types.length * 2)];
            }
            for (int i = 0; i < length; i++) {
                types[i] = Utility.getCharType(sentence.charAt(i));
            }
            if (firstAt.length < length + 2) {
                firstAt = new int[Math.max(length + 2, firstAt.length * 2)];
            }
            Arrays.fill(firstAt, 0, length + 2, -1);
            add(
                    -1,
                    0,
                    WordType.SENTENCE_BEGIN,
                    beginFrequency,
                    Utility.START_CHAR_ARRAY,
                    0,
                    Utility.START_CHAR_ARRAY.length);
            int i = 0;
            while (i < length) {
                int j;
                switch (types[i]) {
                    case CharType.SPACE_LIKE -> i++;
                    case CharType.SURROGATE -> {
                        int n = Character.charCount(Character.codePointAt(sentence, i));
                        addChars(i, i + n, WordType.CHINESE_WORD, 0, sentence, i, n);
                        i += n;
                    }
                    case CharType.HANZI -> {
                        hanzi(sentence, length, i);
                        i++;
                    }
                    case CharType.LETTER, CharType.FULLWIDTH_LETTER -> {
                        boolean fullWidth = types[i] == CharType.FULLWIDTH_LETTER;
                        j = i + 1;
                        while (j < length && (types[j] == CharType.LETTER || types[j] == CharType.FULLWIDTH_LETTER)) {
                            fullWidth |= types[j] == CharType.FULLWIDTH_LETTER;
                            j++;
                        }
                        add(
                                i,
                                j,
                                fullWidth ? WordType.FULLWIDTH_STRING : WordType.STRING,
                                stringFrequency,
                                Utility.STRING_CHAR_ARRAY,
                                0,
                                Utility.STRING_CHAR_ARRAY.length);
                        i = j;
                    }
                    case CharType.DIGIT, CharType.FULLWIDTH_DIGIT -> {
                        boolean fullWidth = types[i] == CharType.FULLWIDTH_DIGIT;
                        j = i + 1;
                        while (j < length && (types[j] == CharType.DIGIT || types[j] == CharType.FULLWIDTH_DIGIT)) {
                            fullWidth |= types[j] == CharType.FULLWIDTH_DIGIT;
                            j++;
                        }
                        add(
                                i,
                                j,
                                fullWidth ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER,
                                numberFrequency,
                                Utility.NUMBER_CHAR_ARRAY,
                                0,
                                Utility.NUMBER_CHAR_ARRAY.length);
                        i = j;
                    }
                    case CharType.DELIMITER -> {
                        addChars(i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, sentence, i, 1);
                        i++;
                    }
                    default -> {
                        add(
                                i,
                                i + 1,
                                WordType.STRING,
                                stringFrequency,
                                Utility.STRING_CHAR_ARRAY,
                                0,
                                Utility.STRING_CHAR_ARRAY.length);
                        i++;
                    }
                }
            }
            add(
                    length,
                    length + 1,
                    WordType.SENTENCE_END,
                    endFrequency,
                    Utility.END_CHAR_ARRAY,
                    0,
                    Utility.END_CHAR_ARRAY.length);
        }

        /**
         * The character at {@code i} alone, and every dictionary word starting with it (spaces between its
         * characters skipped, as SmartChinese does).
         */
        private void hanzi(String sentence, int length, int i) {
            char c = sentence.charAt(i);
            word[0] = c;
            int node = child(0, c);
            add(
                    i,
                    i + 1,
                    WordType.CHINESE_WORD,
                    node < 0 || frequency[node] == NOT_A_WORD ? 0 : frequency[node],
                    word,
                    0,
                    1);
            int size = 1;
            int j = i + 1;
            while (node >= 0) {
                if (size > 1 && frequency[node] != NOT_A_WORD) {
                    add(i, j, WordType.CHINESE_WORD, frequency[node], word, 0, size);
                }
                while (j < length && types[j] == CharType.SPACE_LIKE) {
                    j++;
                }
                if (j >= length || types[j] != CharType.HANZI) {
                    return;
                }
                char next = sentence.charAt(j);
                if (size == word.length) {
                    word = Arrays.copyOf(word, size * 2);
                }
                word[size++] = next;
                node = child(node, next);
                j++;
            }
        }

        private void addChars(int start, int end, int type, int weight, String sentence, int from, int n) {
            ensureIds(n);
            sentence.getChars(from, from + n, ids, idLength);
            record(start, end, type, weight, n);
        }

        private void add(int start, int end, int type, int weight, char[] id, int from, int n) {
            ensureIds(n);
            System.arraycopy(id, from, ids, idLength, n);
            record(start, end, type, weight, n);
        }

        private void ensureIds(int n) {
            if (idLength + n > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(idLength + n, ids.length * 2));
            }
        }

        private void record(int start, int end, int type, int weight, int idChars) {
            if (count == starts.length) {
                int size = count * 2;
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
                wordTypes = Arrays.copyOf(wordTypes, size);
                weights = Arrays.copyOf(weights, size);
                idStarts = Arrays.copyOf(idStarts, size);
                idLengths = Arrays.copyOf(idLengths, size);
            }
            starts[count] = start;
            ends[count] = end;
            wordTypes[count] = type;
            weights[count] = weight;
            idStarts[count] = idLength;
            idLengths[count] = idChars;
            idLength += idChars;
            if (firstAt[start + 1] < 0) {
                firstAt[start + 1] = count;
            }
            count++;
        }

        // ---- the best path through the pairs of neighbouring candidates (SmartChinese's pair graph)

        /**
         * Relaxes every pair (a candidate, a candidate starting at the first start at or after its end) in the
         * order SmartChinese adds them, keeping the first of equal weights as it does; returns the end marker.
         */
        private int shortestPath(int length) {
            if (distance.length < count) {
                distance = new double[Math.max(count, distance.length * 2)];
                previous = new int[distance.length];
            }
            Arrays.fill(distance, 0, count, Double.MAX_VALUE);
            distance[0] = 0;
            int end = count - 1;
            for (int t1 = 0; t1 < end; t1++) {
                int next = ends[t1];
                while (next <= length && firstAt[next + 1] < 0) {
                    next++;
                }
                if (next > length) {
                    continue;
                }
                long h1 = FNV_START;
                int h2 = DJB_START;
                for (int k = idStarts[t1], e = k + idLengths[t1]; k < e; k++) {
                    h1 = fnv(h1, ids[k]);
                    h2 = djb(h2, ids[k]);
                }
                h1 = fnv(h1, PAIR_SEPARATOR);
                h2 = djb(h2, PAIR_SEPARATOR);
                double oneWord = weights[t1];
                for (int t2 = firstAt[next + 1]; t2 < count && starts[t2] == next; t2++) {
                    long p1 = h1;
                    int p2 = h2;
                    for (int k = idStarts[t2], e = k + idLengths[t2]; k < e; k++) {
                        p1 = fnv(p1, ids[k]);
                        p2 = djb(p2, ids[k]);
                    }
                    int pair = pairFrequency(p1, p2);
                    double weight = -Math.log(SMOOTH * (1.0 + oneWord) / (Utility.MAX_FREQUENCE + 0.0)
                            + (1.0 - SMOOTH) * ((1.0 - TINY) * pair / (1.0 + oneWord) + TINY));
                    double through = distance[t1] + weight;
                    if (through < distance[t2]) {
                        distance[t2] = through;
                        previous[t2] = t1;
                    }
                }
            }
            return distance[end] == Double.MAX_VALUE ? -1 : end;
        }
    }

    // ---- loading SmartChinese's dictionaries

    private static ChineseWords load() {
        try {
            Object[] core = read("coredict.mem", 4);
            char[] firstChars = (char[]) core[1];
            short[] tableOf = (short[]) core[0];
            char[][][] rests = (char[][][]) core[2];
            int[][] frequencies = (int[][]) core[3];
            Object[] pairs = read("bigramdict.mem", 2);
            return Trie.build(firstChars, tableOf, rests, frequencies).into((long[]) pairs[0], (int[]) pairs[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("中文分词词典读取失败", e);
        }
    }

    private static Object[] read(String resource, int objects) throws IOException {
        try (InputStream in = SegToken.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("缺少分词词典 " + resource);
            }
            ObjectInputStream input = new ObjectInputStream(new java.io.BufferedInputStream(in));
            // the dictionaries are arrays of primitives: nothing else is read
            input.setObjectInputFilter(info -> {
                Class<?> type = info.serialClass();
                if (type == null) {
                    return ObjectInputFilter.Status.UNDECIDED;
                }
                while (type.isArray()) {
                    type = type.getComponentType();
                }
                return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
            });
            Object[] out = new Object[objects];
            for (int i = 0; i < objects; i++) {
                out[i] = input.readObject();
            }
            return out;
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    /** Builds the trie from SmartChinese's per-first-character word lists. */
    private static final class Trie {
        private long[] keys = new long[1 << 20];
        private int[] nodes = new int[1 << 20];
        private int size;
        private final List<int[]> frequencyBlocks = new ArrayList<>();
        private int nodeCount = 1;

        static Trie build(char[] firstChars, short[] tableOf, char[][][] rests, int[][] frequencies) {
            Trie trie = new Trie();
            trie.frequency(0, NOT_A_WORD);
            for (int slot = 0; slot < firstChars.length; slot++) {
                char first = firstChars[slot];
                if (first == 0 || tableOf[slot] < 0 || rests[tableOf[slot]] == null) {
                    continue;
                }
                char[][] words = rests[tableOf[slot]];
                int[] counts = frequencies[tableOf[slot]];
                int root = trie.childOrNew(0, first);
                for (int w = 0; w < words.length; w++) {
                    int node = root;
                    if (words[w] != null) {
                        for (char c : words[w]) {
                            node = trie.childOrNew(node, c);
                        }
                    }
                    if (trie.frequencyOf(node) == NOT_A_WORD) {
                        trie.frequency(node, counts[w]);
                    }
                }
            }
            return trie;
        }

        ChineseWords into(long[] pairHashes, int[] pairFrequencies) {
            int[] frequency = new int[nodeCount];
            for (int i = 0; i < nodeCount; i++) {
                frequency[i] = frequencyOf(i);
            }
            int capacity = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
            long[] k = new long[capacity];
            int[] n = new int[capacity];
            for (int i = 0; i < keys.length; i++) {
                if (nodes[i] != 0) {
                    int slot = mix(keys[i]) & (capacity - 1);
                    while (n[slot] != 0) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    k[slot] = keys[i];
                    n[slot] = nodes[i];
                }
            }
            return new ChineseWords(k, n, frequency, pairHashes, pairFrequencies);
        }

        private int childOrNew(int node, char c) {
            long key = ((long) node << 16) | c;
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int slot = mix(key) & mask;
            while (nodes[slot] != 0) {
                if (keys[slot] == key) {
                    return nodes[slot];
                }
                slot = (slot + 1) & mask;
            }
            int created = nodeCount++;
            keys[slot] = key;
            nodes[slot] = created;
            size++;
            frequency(created, NOT_A_WORD);
            return created;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldNodes = nodes;
            keys = new long[oldKeys.length * 2];
            nodes = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldNodes[i] != 0) {
                    int slot = mix(oldKeys[i]) & mask;
                    while (nodes[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    nodes[slot] = oldNodes[i];
                }
            }
        }

        private int frequencyOf(int node) {
            return frequencyBlocks.get(node >>> 16)[node & 0xFFFF];
        }

        private void frequency(int node, int value) {
            while (frequencyBlocks.size() <= node >>> 16) {
                frequencyBlocks.add(new int[1 << 16]);
            }
            frequencyBlocks.get(node >>> 16)[node & 0xFFFF] = value;
        }
    }
}
