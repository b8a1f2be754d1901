/**
 * Supervision and evaluation (监督考核, issue 16): indicators computed from the platform's own records per unit and
 * period, each with the records behind it; later the rubric and its yearly rounds, the monthly bulletin, the site's
 * self-inspection (国办秘函〔2019〕19号) and tasks with rectification. It reads other modules only through the figures
 * they publish for it ({@code SupervisionFigures}, {@code RequestFigures}, {@code ParticipationFigures},
 * {@code CatalogCoverage}, {@code AnnualReporting}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "organization",
            "audit",
            "calendar",
            "information",
            "request",
            "consultation",
            "catalog",
            "report"
        })
package org.gongkai.assessment;
