package dev.triad;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature modules (top-level packages) depend on each other without cycles, only through their APIs; and the
 * module pictures in docs/modules are the ones the code draws today.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(TriadApplication.class);
    private static final Path COMMITTED = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modules");

    @Test
    void featureModulesAreAcyclicAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    /**
     * Writes the C4 component diagram of all modules, one diagram and one canvas per module (Spring Modulith's
     * Documenter) and compares them, line by line in any order, with docs/modules. When they differ, docs/modules is rewritten and the test fails,
     * so a change to the modules lands with its pictures: run the test again and commit docs/modules.
     */
    @Test
    void theModulePicturesInTheDocsAreTheOnesTheCodeDraws() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<String> stale = new ArrayList<>();
        Files.createDirectories(COMMITTED);
        for (Path generated : files(GENERATED)) {
            Path committed = COMMITTED.resolve(GENERATED.relativize(generated).toString());
            if (!Files.exists(committed) || !sameLines(generated, committed)) {
                stale.add(committed.toString());
                Files.createDirectories(committed.getParent());
                Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (Path committed : files(COMMITTED)) {
            if (!Files.exists(GENERATED.resolve(COMMITTED.relativize(committed).toString())) && !committed.endsWith("README.md")) {
                stale.add(committed + " (no longer drawn: deleted)");
                Files.delete(committed);
            }
        }
        assertThat(stale).as("docs/modules was out of date with the code and is now rewritten; commit it").isEmpty();
    }

    /**
     * The same lines in any order: the Documenter writes a diagram's relations, and a canvas's lists, in no fixed order
     * (a canvas list's first item shares its line with the table's cell mark, "|* ", so the mark is counted apart).
     */
    private static boolean sameLines(Path a, Path b) throws IOException {
        return normalised(a).equals(normalised(b));
    }

    private static List<String> normalised(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .flatMap(line -> line.startsWith("|* ") ? Stream.of("|", line.substring(1)) : Stream.of(line))
                .sorted().toList();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
