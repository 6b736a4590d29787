package org.sciml4j.validation.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The reference-solver studies (Navier–Stokes, heat, Darcy, DeepONet data) are found by ServiceLoader. */
class SolverStudiesRegisteredTest {

    @Test
    void solverStudiesAreRegisteredWithUniqueNames() {
        Map<String, ConvergenceStudy> byName = new HashMap<>();
        for (ConvergenceStudy s : ServiceLoader.load(ConvergenceStudy.class)) {
            assertTrue(byName.put(s.name(), s) == null, "duplicate study name " + s.name());
            assertTrue(s.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case name: " + s.name());
            assertTrue(!s.description().isBlank());
        }
        for (String name : List.of("ns-spectral-taylor-green-cn", "ns-spectral-time-cn-heun", "ns-spectral-time-cn-ab2",
                "ns-spectral-time-cn-euler", "ns-spectral-time-if-rk4", "heat-fd-space-cn", "heat-time-peaceman-rachford",
                "heat-time-crank-nicolson", "heat-time-backward-euler", "darcy-fd-manufactured",
                "deeponet-diffusion-reaction-space", "deeponet-riccati-tolerance")) {
            assertTrue(byName.containsKey(name), "study " + name + " is not registered");
        }
    }

    @Test
    void aCheapStudyRunsAndReachesItsDesignOrder() {
        ConvergenceResult r = new org.sciml4j.validation.darcy.DarcyManufacturedStudy().run();
        assertEquals(r.designOrder(), r.observedOrder(), 0.15);
    }
}
