package org.bellwether.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The api's rules that Maven cannot check, for the packages under a root: {@code org.bellwether.api} for the product
 * ({@code ApiArchitectureTest}), a package of deliberately misplaced classes for the proof that each rule can fail
 * ({@code ApiRulesCanFailTest}).
 *
 * <p>Every package under the root is a feature ({@code triage}, {@code assignments}, …, and {@code common} for the
 * cross-cutting web pieces). Inside a feature there are three layers: resources (a class named {@code *Resource},
 * with its nested classes), data access (the feature's {@code db} package: DAOs, rows, row mappers, hand-written
 * statements) and, between them, services (everything else: services, domain records, representations). Classes in
 * the root package itself are the composition root and its configuration, which may use anything.
 */
public final class ApiRules {
    /** Methods of a JDBI handle that run SQL text. */
    static final Set<String> SQL_METHODS = Set.of("createQuery", "createUpdate", "createCall", "createScript",
            "execute", "select", "prepareBatch", "getConnection");

    private ApiRules() {
    }

    static DescribedPredicate<JavaClass> resources(String root) {
        return describe("resources of " + root, javaClass -> javaClass.getPackageName().startsWith(root + ".")
                && javaClass.getName().replaceAll("\\$.*", "").endsWith("Resource"));
    }

    static DescribedPredicate<JavaClass> dataAccess(String root) {
        return describe("data access of " + root, resideInAPackage(root + ".*.db..")::test);
    }

    static DescribedPredicate<JavaClass> services(String root) {
        return describe("services of " + root, javaClass -> javaClass.getPackageName().startsWith(root + ".")
                && !resources(root).test(javaClass) && !dataAccess(root).test(javaClass));
    }

    /** Resources call services, services call data access, never backwards (a resource may read a DAO directly). */
    public static ArchRule layersInsideEachFeature(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Resources").definedBy(resources(root))
                .layer("Services").definedBy(services(root))
                .layer("Data access").definedBy(dataAccess(root))
                .whereLayer("Resources").mayNotBeAccessedByAnyLayer()
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Resources")
                .whereLayer("Data access").mayOnlyBeAccessedByLayers("Resources", "Services")
                .because("HTTP is the outer layer and the database the inner one, in every feature");
    }

    /** Data access knows rows and SQL only: no representation, service or domain class of the api. */
    public static ArchRule dataAccessUsesNoRepresentation(String root) {
        return classes().that(dataAccess(root))
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..").or(dataAccess(root)))
                .because("a row is not a JSON body: services map rows to domain records, resources to "
                        + "representations");
    }

    /** The features depend on each other one way only. */
    public static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles()
                .because("a feature can be read, changed and tested with only the features it uses");
    }

    /**
     * SQL text and JDBC live in data access only. Services open transactions with {@code Jdbi} and attach DAOs to
     * the transaction's {@code Handle}, but run no SQL of their own. Two named classes of infrastructure are let off:
     * {@code JdbiExceptionMapper} reads the SQL state of a statement that failed (it runs none), and
     * {@code DatabaseHealthCheck} proves a round trip to the database with the cheapest query there is.
     */
    public static ArchRule noSqlOutsideDataAccess(String root) {
        DescribedPredicate<JavaMethodCall> runsSql = describe("runs SQL on a JDBI handle",
                call -> call.getTargetOwner().isAssignableTo(Handle.class)
                        && SQL_METHODS.contains(call.getName()));
        return noClasses().that().resideInAPackage(root + "..").and(not(dataAccess(root)))
                .and().doNotHaveFullyQualifiedName(root + ".common.JdbiExceptionMapper")
                .and().doNotHaveFullyQualifiedName(root + ".health.DatabaseHealthCheck")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .orShould().callMethodWhere(runsSql)
                .because("one place per query: SQL outside data access cannot be found, reviewed or tuned");
    }

    /** Resources reach the database through a service or a DAO, never through JDBI itself. */
    public static ArchRule resourcesUseNoJdbi(String root) {
        return noClasses().that(resources(root))
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .because("a resource maps HTTP to calls; transactions and SQL belong below it");
    }
}
