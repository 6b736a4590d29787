package org.sciml4j.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

class ValidationReportTest {

    private static final Set<String> OWN_STUDIES = Set.of("eigen-fd-harmonic-oscillator",
            "eigen-fd-richardson-harmonic-oscillator", "eigen-fd-finite-well", "eigen-fd-richardson-finite-well", "eigen-shooting-tolerance",
            "nls-split-step-soliton", "nls-mol-fd2-soliton", "nls-mol-fd4-soliton");

    private static final class FakeStudy implements ConvergenceStudy {
        private final String name;
        private final boolean fail;

        FakeStudy(String name, boolean fail) {
            this.name = name;
            this.fail = fail;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return "fake " + name;
        }

        @Override
        public ConvergenceResult run() {
            if (fail) {
                throw new IllegalStateException("deliberate failure");
            }
            // e = h²: pairwise and fitted order exactly 2
            return new ConvergenceResult(name, "fake", "N", new int[] {10, 20, 40}, new double[] {0.1, 0.05, 0.025},
                    new double[] {1e-2, 2.5e-3, 6.25e-4}, new double[] {0.1, 0.2, 0.4}, "e", 2.0);
        }
    }

    @Test
    void rendersTablesOrdersAndFailures() {
        List<ValidationReport.Outcome> outcomes = ValidationReport.runAll(
                List.of(new FakeStudy("b-ok", false), new FakeStudy("a-broken", true)));
        assertEquals("a-broken", outcomes.get(0).name(), "studies run in name order");
        String md = ValidationReport.render(outcomes);
        assertTrue(md.contains("| b-ok | 2.0 | 2.00 | 6.25e-04 | at design order |"), md);
        assertTrue(md.contains("**FAILED**: IllegalStateException: deliberate failure"), md);
        assertTrue(md.contains("| 20 | 5.0000e-02 | 2.5000e-03 | 2.00 |"), md);
        assertTrue(md.contains("cores available to the JVM, Java " + System.getProperty("java.version")));
    }

    @Test
    void ownRegisteredStudiesAreFoundAndReachTheirDesignOrder(@TempDir Path dir) throws Exception {
        List<ConvergenceStudy> own = new ArrayList<>();
        for (ConvergenceStudy s : ServiceLoader.load(ConvergenceStudy.class)) {
            if (OWN_STUDIES.contains(s.name())) {
                own.add(s);
            }
        }
        assertEquals(OWN_STUDIES, own.stream().map(ConvergenceStudy::name).collect(Collectors.toSet()));
        List<ValidationReport.Outcome> outcomes = ValidationReport.runAll(own);
        for (ValidationReport.Outcome o : outcomes) {
            ConvergenceResult r = o.result();
            assertTrue(r != null, o.name() + " failed: " + o.failure());
            assertTrue(r.observedOrder() >= r.designOrder() - ValidationReport.ORDER_SLACK,
                    o.name() + ": fitted order " + r.observedOrder() + " vs design " + r.designOrder());
            assertTrue(o.seconds() < 30, o.name() + " took " + o.seconds() + " s");
        }
        Path out = dir.resolve("docs/VALIDATION.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, ValidationReport.render(outcomes));
        assertTrue(Files.readString(out).contains("## nls-split-step-soliton"));
    }
}
