package org.bellwether.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the module graph one-way and the model framework-free. Modules may depend only on modules above them in
 * {@link #LAYERS}; only ops (the launcher) and tools (the benchmarks) may use the embedded infrastructure outside
 * tests.
 */
class ArchitectureTest {
    /** Top to bottom: a module may use the ones before it. */
    static final List<String> LAYERS = List.of(
            "org.bellwether.model",
            "org.bellwether.embedded",
            "org.bellwether.ingest",
            "org.bellwether.collectors",
            "org.bellwether.processor",
            "org.bellwether.search",
            "org.bellwether.api",
            "org.bellwether.tools",
            "org.bellwether.ops");

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bellwether");
    }

    static List<Integer> layers() {
        return java.util.stream.IntStream.range(0, LAYERS.size() - 1).boxed().toList();
    }

    @ParameterizedTest(name = "{0}: nothing below it")
    @MethodSource("layers")
    void aModuleDependsOnlyOnModulesAboveIt(int index) {
        String module = LAYERS.get(index);
        String[] below = LAYERS.subList(index + 1, LAYERS.size()).stream().map(p -> p + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(below)
                .because("module dependencies point down the list only (DESIGN.md)")
                .check(production);
    }

    @Test
    void onlyTheLauncherUsesTheEmbeddedInfrastructure() {
        noClasses().that().resideInAnyPackage("org.bellwether.ingest..", "org.bellwether.collectors..",
                        "org.bellwether.processor..", "org.bellwether.search..", "org.bellwether.api..",
                        "org.bellwether.model..")
                .should().dependOnClassesThat().resideInAPackage("org.bellwether.embedded..")
                .because("production code talks to external Kafka and PostgreSQL; embedded is for dev mode and tests")
                .check(production);
    }

    @Test
    void theRuntimeModulesCarryNoTestUtilities() {
        noClasses().that().resideInAnyPackage("org.bellwether.model..", "org.bellwether.ingest..",
                        "org.bellwether.collectors..",
                        "org.bellwether.processor..", "org.bellwether.search..", "org.bellwether.api..")
                .should().dependOnClassesThat().haveNameMatching(
                        "org\\.apache\\.kafka\\.streams\\.(TopologyTestDriver|TestInputTopic|TestOutputTopic|test\\..*)")
                .because("kafka-streams-test-utils is a test dependency of the runtime; eval lives in tools")
                .check(production);
    }

    @Test
    void theModelIsFrameworkFree() {
        classes().that().resideInAPackage("org.bellwether.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.bellwether.model..",
                        "java..",
                        "javax.crypto..",
                        "com.fasterxml.jackson..",
                        "org.apache.kafka.common.serialization..",
                        "org.apache.kafka.common.errors..")
                .because("records and serdes must stay usable from every module and client")
                .check(production);
    }

    @Test
    void theTopicProvisionerNeedsOnlyTheKafkaClients() {
        classes().that().resideInAPackage("org.bellwether.ingest.provisioning..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.bellwether.model..",
                        "java..",
                        "org.apache.kafka.clients.admin..",
                        "org.apache.kafka.common..")
                .because("operators run the provisioner against any cluster, without the rest of the product")
                .check(production);
    }

    @Test
    void theIngestPlumbingUsesKafkaClientsButNoFramework() {
        classes().that().resideInAPackage("org.bellwether.ingest..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.bellwether.model..",
                        "org.bellwether.ingest..",
                        "java..",
                        "com.fasterxml.jackson..",
                        "org.apache.kafka.clients..",
                        "org.apache.kafka.common..",
                        "org.slf4j..")
                .because("collectors and the api's intake share the sink, checkpoints, counters and watchlist "
                        + "without a framework")
                .check(production);
    }

    /** Public HTTP entry points are intake, in the api; collectors only read sources. */
    static final ArchRule COLLECTORS_USE_NO_WEB_FRAMEWORK = noClasses()
            .that().resideInAPackage("org.bellwether.collectors..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..",
                    "io.dropwizard..", "com.codahale.metrics..")
            .because("public HTTP entry points are intake, in the api; collectors only read sources");

    @Test
    void collectorsUseNoWebFramework() {
        COLLECTORS_USE_NO_WEB_FRAMEWORK.check(production);
    }

    @Test
    void theCollectorsRuleCatchesAResourceInCollectors() {
        JavaClasses misplaced = new ClassFileImporter()
                .importClasses(org.bellwether.collectors.misplaced.MisplacedResource.class);
        assertThat(COLLECTORS_USE_NO_WEB_FRAMEWORK.evaluate(misplaced).hasViolation()).isTrue();
    }
}
