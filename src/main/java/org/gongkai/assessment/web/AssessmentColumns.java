package org.gongkai.assessment.web;

import java.util.HashSet;
import java.util.Set;
import org.gongkai.assessment.Bulletins;
import org.gongkai.assessment.Evaluations;
import org.gongkai.assessment.KeyTasks;
import org.gongkai.shared.web.FilledColumns;
import org.springframework.stereotype.Component;

/** The assessment module's portal columns: published evaluation results, monthly bulletins and key tasks. */
@Component
class AssessmentColumns implements FilledColumns {

    private final Evaluations evaluations;
    private final Bulletins bulletins;
    private final KeyTasks keyTasks;

    AssessmentColumns(Evaluations evaluations, Bulletins bulletins, KeyTasks keyTasks) {
        this.evaluations = evaluations;
        this.bulletins = bulletins;
        this.keyTasks = keyTasks;
    }

    @Override
    public Set<String> filled() {
        Set<String> out = new HashSet<>();
        if (!evaluations.publishedRounds().isEmpty()) {
            out.add("assessment");
        }
        if (!bulletins.published().isEmpty()) {
            out.add("bulletins");
        }
        if (!keyTasks.publishedPlans().isEmpty()) {
            out.add("key-tasks");
        }
        return out;
    }
}
