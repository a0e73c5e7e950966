package org.bellwether.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.bellwether.api.architecture.ApiRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The api's own architecture (see {@link ApiRules}), checked on its production classes. */
class ApiArchitectureTest {
    private static final String ROOT = "org.bellwether.api";
    private static JavaClasses api;

    @BeforeAll
    static void importClasses() {
        api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersInsideEachFeature() {
        ApiRules.layersInsideEachFeature(ROOT).check(api);
    }

    @Test
    void dataAccessUsesNoRepresentation() {
        ApiRules.dataAccessUsesNoRepresentation(ROOT).check(api);
    }

    @Test
    void noCyclesBetweenFeatures() {
        ApiRules.noCyclesBetweenFeatures(ROOT).check(api);
    }

    @Test
    void noSqlOutsideDataAccess() {
        ApiRules.noSqlOutsideDataAccess(ROOT).check(api);
    }

    @Test
    void resourcesUseNoJdbi() {
        ApiRules.resourcesUseNoJdbi(ROOT).check(api);
    }
}
