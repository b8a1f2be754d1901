package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.gongkai.organization.AdministrativeLevel;
import org.gongkai.shared.RuleViolation;

/**
 * Jazzer fuzz targets for the catalog's parsers. In plain `mvn test` they run their seed inputs
 * (regression mode); with JAZZER_FUZZ=1 they fuzz. The property: any input gives either a result or a
 * {@link RuleViolation} with a message for the user, never another exception.
 */
class CatalogFuzzTests {

    @FuzzTest(maxDuration = "30s")
    void timeLimitParserNeverFails(FuzzedDataProvider data) {
        String phrase = data.consumeRemainingAsString();
        TimeLimit limit = TimeLimit.parse(phrase);
        assertThat(limit.understood()).isEqualTo(!limit.rules().isEmpty());
        assertThat(limit.describe()).isNotEmpty();
    }

    @FuzzTest(maxDuration = "60s")
    void catalogFileReaderAnswersEveryFile(FuzzedDataProvider data) {
        byte[] content = data.consumeRemainingAsBytes();
        try {
            ImportedCatalog read = CatalogFileReader.read("fuzz", content, AdministrativeLevel.COUNTY);
            assertThat(read.importable())
                    .isEqualTo(read.problems().isEmpty() && !read.rows().isEmpty());
        } catch (RuleViolation expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
