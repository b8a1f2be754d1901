package org.gongkai.assessment;

import org.gongkai.shared.PublicContentChanged;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A key-task plan or a quarter's progress was published (issue 16 §5): the portal's 工作要点 pages follow. */
@JsonDeserialize
public record KeyTasksPublished(long planId, int quarter) implements PublicContentChanged {

    @Override
    public boolean showsOnRecordPages() {
        return false;
    }
}
