package org.gongkai.assessment;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A round's results and grades were published (issue 16 §2): the portal's 考核结果 pages follow; record pages do not show them. */
@JsonDeserialize
public record EvaluationPublished(long roundId, int year) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false;
    }
}
