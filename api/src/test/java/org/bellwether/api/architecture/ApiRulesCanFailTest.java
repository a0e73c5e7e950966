package org.bellwether.api.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each of {@link ApiRules} reports the misplaced classes of its fixture package
 * ({@code org.bellwether.api.architecture.fixtures}), so a rule that passes on the api passes because the api keeps
 * it, not because it cannot fail.
 */
class ApiRulesCanFailTest {
    private static final String FIXTURES = "org.bellwether.api.architecture.fixtures.";

    /** The rule's failure details on one fixture package. */
    private static List<String> violations(Function<String, ArchRule> rule, String fixture) {
        String root = FIXTURES + fixture;
        return rule.apply(root).evaluate(new ClassFileImporter().importPackages(root)).getFailureReport()
                .getDetails();
    }

    @Test
    void aServiceCallingAResourceOrDataAccessCallingAServiceBreaksTheLayers() {
        List<String> violations = violations(ApiRules::layersInsideEachFeature, "layering");

        assertThat(violations).anyMatch(v -> v.contains("reports.ReportService.title()")
                && v.contains("reports.ReportResource.path()"));
        assertThat(violations).anyMatch(v -> v.contains("reports.db.ReportDao.title()")
                && v.contains("reports.ReportService"));
        assertThat(violations).noneMatch(v -> v.startsWith("Method <" + FIXTURES + "layering.reports.ReportResource"));
    }

    @Test
    void dataAccessReturningARepresentationIsReported() {
        List<String> violations = violations(ApiRules::dataAccessUsesNoRepresentation, "dataaccess");

        assertThat(violations).isNotEmpty()
                .anyMatch(v -> v.contains("db.ReportQueries") && v.contains("reports.ReportView"));
    }

    @Test
    void twoFeaturesUsingEachOtherAreACycle() {
        List<String> violations = violations(ApiRules::noCyclesBetweenFeatures, "cycles");

        assertThat(violations).isNotEmpty()
                .anyMatch(v -> v.contains("feature alpha") && v.contains("feature beta"));
    }

    @Test
    void sqlOrJdbcOutsideDataAccessIsReportedAndInsideItIsNot() {
        List<String> violations = violations(ApiRules::noSqlOutsideDataAccess, "sql");

        assertThat(violations).anyMatch(v -> v.contains("reports.ReportService.titles(")
                && v.contains("Handle.createQuery("));
        assertThat(violations).anyMatch(v -> v.contains("reports.ReportExport") && v.contains("java.sql.ResultSet"));
        assertThat(violations).noneMatch(v -> v.contains("reports.db.ReportDao"));
    }

    @Test
    void aResourceHoldingJdbiIsReported() {
        List<String> violations = violations(ApiRules::resourcesUseNoJdbi, "jdbi");

        assertThat(violations).isNotEmpty()
                .anyMatch(v -> v.contains("reports.ReportResource") && v.contains("org.jdbi.v3.core.Jdbi"));
    }
}
