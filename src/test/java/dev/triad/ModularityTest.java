package dev.triad;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature modules (top-level packages) depend on each other without cycles, only through their APIs. */
class ModularityTest {

    @Test
    void featureModulesAreAcyclicAndUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(TriadApplication.class).verify();
    }
}
