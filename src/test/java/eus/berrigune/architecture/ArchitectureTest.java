package eus.berrigune.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "eus.berrigune", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoOuterLayer = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..interfaces..");

    @ArchTest
    static final ArchRule applicationKnowsNoInterface = noClasses().that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..interfaces..");

    @ArchTest
    static final ArchRule interfacesNeverTouchTheEntityManager = noClasses().that().resideInAPackage("..interfaces..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule interfacesUseApplicationServicesNotRepositories = noClasses().that()
            .resideInAPackage("..interfaces..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule transactionsOnlyInApplicationServices = noClasses().that()
            .resideInAnyPackage("..interfaces..", "..domain..")
            .should().beAnnotatedWith("jakarta.transaction.Transactional");

    @ArchTest
    static final ArchRule noUtilPackage = noClasses().should().resideInAPackage("..util..");

    /** Capabilities never read each other's tables: the catalogue uses no entity or repository of identity. */
    @ArchTest
    static final ArchRule catalogDoesNotReadIdentityTables = noClasses().that().resideInAPackage("eus.berrigune.catalog..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("eus.berrigune.identity..")
                    .and(CanBeAnnotated.Predicates.annotatedWith("jakarta.persistence.Entity")
                            .or(JavaClass.Predicates.simpleNameEndingWith("Repository"))));

    /** Notifications know users only through identity's application service (address and language by id). */
    @ArchTest
    static final ArchRule notificationDoesNotReadIdentityTables = noClasses().that()
            .resideInAPackage("eus.berrigune.notification..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("eus.berrigune.identity..")
                    .and(CanBeAnnotated.Predicates.annotatedWith("jakarta.persistence.Entity")
                            .or(JavaClass.Predicates.simpleNameEndingWith("Repository"))));

    /** The audit trail knows users only as identity's application API (the caller) and the ids it is given. */
    @ArchTest
    static final ArchRule auditDoesNotReadIdentityTables = noClasses().that()
            .resideInAPackage("eus.berrigune.audit..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("eus.berrigune.identity..")
                    .and(CanBeAnnotated.Predicates.annotatedWith("jakarta.persistence.Entity")
                            .or(JavaClass.Predicates.simpleNameEndingWith("Repository"))));

    /** Nobody but the audit capability touches its records or its chain: the others call AuditTrail. */
    @ArchTest
    static final ArchRule auditRecordsAreWrittenOnlyByTheAuditCapability = noClasses().that()
            .resideOutsideOfPackage("eus.berrigune.audit..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("eus.berrigune.audit.infrastructure..")
                    .or(JavaClass.Predicates.simpleName("AuditRecord"))
                    .or(JavaClass.Predicates.simpleName("AuditChainHead"))
                    .or(JavaClass.Predicates.simpleName("AuditRepository"))
                    .or(JavaClass.Predicates.simpleName("AuditWriter")));
}
