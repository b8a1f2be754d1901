package org.gongkai.shared;

import java.util.List;
import java.util.Optional;

/**
 * The public consultations a decision's record may name (国务院令第713号 第十五条, issue 15 §5), as the consultation
 * module keeps them: the information module asks through this whether a consulted decision may be published (only
 * once the consultation's 意见采纳情况 is) without depending on that module.
 */
public interface DecisionConsultations {

    /** A consultation as a decision's record refers to it. */
    record Consultation(long id, long organizationId, String title, boolean published, boolean feedbackPublished) {}

    Optional<Consultation> find(long id);

    /** The unit's published consultations, newest first, for a record of the unit to name. */
    List<Consultation> ofUnit(long organizationId);
}
