package org.gongkai.consultation;

import java.util.List;
import java.util.Optional;
import org.gongkai.shared.DecisionConsultations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The consultations as a decision's record sees them (the information module asks through the shared interface). */
@Component
class ConsultationsForDecisions implements DecisionConsultations {

    private final ConsultationRepository repository;

    ConsultationsForDecisions(ConsultationRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DecisionConsultations.Consultation> find(long id) {
        return repository.find(id).map(ConsultationsForDecisions::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DecisionConsultations.Consultation> ofUnit(long organizationId) {
        return repository.published(organizationId, Consultations.LIST_LIMIT).stream()
                .map(ConsultationsForDecisions::summary)
                .toList();
    }

    private static DecisionConsultations.Consultation summary(org.gongkai.consultation.Consultation c) {
        return new DecisionConsultations.Consultation(
                c.id(),
                c.organizationId(),
                c.title(),
                c.isPublic(),
                c.status() == ConsultationStatus.FEEDBACK_PUBLISHED);
    }
}
