package org.gongkai.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test help for the office's review: the items nobody proposed a score for, scored 0 with the reason. */
public final class Unscored {

    public static final String REASON = "未提交自评和佐证材料";

    private Unscored() {}

    /** A review form giving 0 points, with {@link #REASON}, to each item without an automatic or self-assessed score. */
    public static Evaluations.Review asZero(List<Evaluation.Line> lines) {
        Map<Long, String> scores = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (Evaluation.Line l : lines) {
            if (l.proposed() == null) {
                scores.put(l.item().id(), "0");
                reasons.put(l.item().id(), REASON);
            }
        }
        return new Evaluations.Review(scores, reasons);
    }
}
