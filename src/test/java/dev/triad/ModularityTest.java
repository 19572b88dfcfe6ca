package dev.triad;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
     * Uses of another module's repository that are left, as "using class -> repository". Each one is a reason, not
     * a habit: a new entry needs one.
     */
    private static final Set<String> OTHER_MODULES_REPOSITORIES_ALLOWED = Set.of(
            // The demo's three programmes keep their fixed creation instants and ids order; ProgrammeService.create
            // stamps "now" and checks names, so the demo data (not the application) saves them itself.
            "dev.triad.demo.DemoData -> dev.triad.programme.Programmes");

    /**
     * A module reaches another module's aggregate through that module's services (reads such as
     * {@code EngagementDirectory} and {@code People}, writes such as {@code EngagementService}), never through its Spring
     * Data repository: otherwise any module could {@code save()} an engagement or a person, bypassing the owner's rules.
     */
    @Test
    void noModuleUsesAnotherModulesRepository() {
        Set<String> uses = new TreeSet<>();
        for (JavaClass origin : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(TriadApplication.class.getPackageName())) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (target.isAssignableTo(Repository.class)
                        && !module(target).isEmpty()
                        && !module(target).equals(module(origin))) {
                    uses.add(origin.getName() + " -> " + target.getName());
                }
            }
        }
        uses.removeAll(OTHER_MODULES_REPOSITORIES_ALLOWED);
        assertThat(uses)
                .as("classes that use another module's repository (use its service API)")
                .isEmpty();
    }

    /** The module a class belongs to: the first package under dev.triad ("" for a class of a library). */
    private static String module(JavaClass type) {
        String root = TriadApplication.class.getPackageName() + ".";
        String name = type.getPackageName() + ".";
        return name.startsWith(root) ? name.substring(root.length(), name.indexOf('.', root.length())) : "";
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
            if (!Files.exists(GENERATED.resolve(COMMITTED.relativize(committed).toString()))
                    && !committed.endsWith("README.md")) {
                stale.add(committed + " (no longer drawn: deleted)");
                Files.delete(committed);
            }
        }
        assertThat(stale)
                .as("docs/modules was out of date with the code and is now rewritten; commit it")
                .isEmpty();
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
                .sorted()
                .toList();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
