package dev.jeemcp.mcp.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** No package of {@code mcp-cdi} grows past about a dozen types: a feature that needs more gets its own package. */
class PackagesStaySmallTest {

    private static final int MAX_TYPES_PER_PACKAGE = 14;

    @Test
    void noPackageOfTheCdiModuleHoldsMoreThanAboutADozenTypes() {
        Map<String, Long> oversized = PackagesDependDownwardOnlyTest.CLASSES.stream()
                .filter(type -> type.getPackageName().startsWith("dev.jeemcp.mcp.cdi."))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        oversized.values().removeIf(count -> count <= MAX_TYPES_PER_PACKAGE);
        assertEquals(Map.of(), oversized, "packages over " + MAX_TYPES_PER_PACKAGE + " types");
    }
}
