package org.gongkai.request;

/**
 * 信息处理费 under 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号): charged only when the number or frequency of
 * requests clearly exceeds a reasonable range (国务院令第711号 第四十二条), either by count or by volume, never both, both
 * progressive (超额累进, RULES §1.6). Amounts are whole yuan.
 */
public final class ProcessingFee {

    /** The two standards of 第三条; one request takes one of them. */
    public enum Method {
        /** 第四条: per item, cumulative for the same applicant over one calendar month. */
        BY_COUNT("按件计收"),
        /** 第五条: per page of one request (paper, e-mail, copied electronic data). */
        BY_VOLUME("按量计收");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private ProcessingFee() {}

    /**
     * 第四条: the fee for a request of {@code items} items from an applicant who already had {@code earlierThisMonth}
     * items this calendar month: ≤10 free, the 11th to 30th 100 元 each, then each band of 10 costs 100 元 more per item
     * (31st–40th 200 元, 41st–50th 300 元 …).
     */
    public static long byCount(int earlierThisMonth, int items) {
        if (earlierThisMonth < 0 || items < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        return cumulativeByCount(earlierThisMonth + items) - cumulativeByCount(earlierThisMonth);
    }

    private static long cumulativeByCount(int n) {
        long total = 0;
        for (int k = 11; k <= n; k++) {
            total += k <= 30 ? 100 : 100 + 100L * ((k - 31) / 10 + 1);
        }
        return total;
    }

    /**
     * 第五条: the fee for a request of {@code pages} pages: ≤30 free, the 31st to 100th 10 元 each, the 101st to 200th
     * 20 元 each, beyond 40 元 each.
     */
    public static long byVolume(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative");
        }
        return 10L * clamp(pages - 30, 70) + 20L * clamp(pages - 100, 100) + 40L * Math.max(pages - 200, 0);
    }

    private static long clamp(int over, int band) {
        return Math.max(0, Math.min(over, band));
    }
}
