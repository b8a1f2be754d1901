package org.gongkai.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/** What Spring Modulith does not check (CONVENTIONS.md §3). Each rule names packages that exist. */
class ArchitectureRulesTests {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void timeIsInjected_noNowOutsideSharedAndCalendar() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.gongkai.shared..")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("domain code receives a java.time.Clock so that tests and deadlines are reproducible")
                .check(MAIN);
    }

    @Test
    void noFieldInjection() {
        fields().should()
                .notBeAnnotatedWith(Autowired.class)
                .because("dependencies come through constructors")
                .check(MAIN);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .because("a module's tables are its own; other modules call its public API")
                .check(MAIN);
    }

    @Test
    void controllersLiveInWebPackagesAndAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .resideInAPackage("..web..")
                .andShould()
                .notBePublic()
                .check(MAIN);
    }
}
