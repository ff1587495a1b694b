package dev.jeemcp.mcp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of the three jars, read from their class files, depend downward only: the API on nothing of ours, the
 * SPI only on the API, the protocol on no CDI code, and no two packages on each other in a cycle. A change that breaks
 * this fails the build here, with the offending dependency named.
 */
class PackagesDependDownwardOnlyTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.jeemcp.mcp");

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("dev.jeemcp.mcp.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theApiDependsOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("dev.jeemcp.mcp", "dev.jeemcp.mcp.handles")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jeemcp.mcp.spi..", "dev.jeemcp.mcp.internal..",
                        "dev.jeemcp.mcp.servlet..", "dev.jeemcp.mcp.cdi..")
                .check(CLASSES);
    }

    @Test
    void theSpiDependsOnlyOnTheApi() {
        noClasses().that().resideInAPackage("dev.jeemcp.mcp.spi")
                .should().dependOnClassesThat().resideInAnyPackage("dev.jeemcp.mcp.internal..",
                        "dev.jeemcp.mcp.servlet..", "dev.jeemcp.mcp.cdi..")
                .check(CLASSES);
    }

    @Test
    void theProtocolKnowsNothingOfCdiDiscovery() {
        noClasses().that().resideInAnyPackage("dev.jeemcp.mcp.servlet..", "dev.jeemcp.mcp.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.jeemcp.mcp.cdi..")
                .check(CLASSES);
    }

    @Test
    void onlyInternalPackagesHoldPublicTypesBesidesTheApiAndSpi() {
        classes().that().arePublic().and().resideOutsideOfPackages("dev.jeemcp.mcp", "dev.jeemcp.mcp.handles",
                        "dev.jeemcp.mcp.spi")
                .should().resideInAPackage("..internal..")
                .check(CLASSES);
    }
}
