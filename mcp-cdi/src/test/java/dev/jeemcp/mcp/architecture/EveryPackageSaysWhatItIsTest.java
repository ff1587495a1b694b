package dev.jeemcp.mcp.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the three library jars has a {@code package-info.java} that says what it holds, and every package
 * named {@code internal} says there that it is not supported API. Read from the sources: javac writes no class file
 * for a package-info without annotations.
 */
class EveryPackageSaysWhatItIsTest {

    private static final List<Path> SOURCE_ROOTS = List.of(
            Path.of("../mcp-api/src/main/java"), Path.of("../mcp-servlet/src/main/java"), Path.of("src/main/java"));

    @Test
    void everyPackageHasAPackageInfoAndInternalOnesDisownThemselves() throws IOException {
        List<Path> packages = packages();
        assertFalse(packages.isEmpty(), "no sources found from " + Path.of("").toAbsolutePath());
        List<String> missing = packages.stream()
                .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                .map(Path::toString).toList();
        assertEquals(List.of(), missing, "packages without a package-info.java");
        List<String> unmarked = packages.stream()
                .filter(dir -> dir.toString().contains("internal"))
                .filter(dir -> !read(dir.resolve("package-info.java")).contains("Not supported API"))
                .map(Path::toString).toList();
        assertEquals(List.of(), unmarked, "internal packages whose package-info does not say \"Not supported API\"");
    }

    private static List<Path> packages() throws IOException {
        Stream.Builder<Path> found = Stream.builder();
        for (Path root : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).map(Path::getParent).distinct().forEach(found);
            }
        }
        return found.build().distinct().sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
