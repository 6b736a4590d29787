package org.sciml4j.quantum.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.Progress;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.core.study.StudyProvider;

class EigenStudyTest {

    private static final double SMALL_RUN_ENERGY_TOL = 1e-4;
    private static final double SMALL_RUN_PSI_TOL = 1e-3;
    private static final double TARGET_ENERGY_TOL = 1e-6;

    @Test
    void studiesAreRegisteredByName() {
        Set<String> names = ServiceLoader.load(StudyProvider.class).stream()
                .flatMap(p -> p.get().studies().stream()).map(Study::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(List.of("quantum-infinite-well", "quantum-finite-well", "quantum-barrier",
                "harmonic-oscillator", "quantum-double-well")), names.toString());
    }

    @Test
    void infiniteWellStudyFindsThreeLevelsWithTheRightNodeCounts(@TempDir Path dir) {
        Study s = new EigenStudy(EigenCase.INFINITE_WELL);
        StudyContext ctx = new StudyContext(s.defaults().with("hidden_width", 16).with("nodes_per_piece", 40)
                .with("lm_iterations", 150), 3L, dir, Progress.NONE);
        RunRecord r = s.run(ctx);
        for (int n = 0; n < 3; n++) {
            assertEquals(n, r.metrics().get("nodes_level" + n), 0.0, "level " + n);
        }
        assertTrue(r.errors().get("energy_rel_error") <= TARGET_ENERGY_TOL, r.errors().toString());
        assertTrue(r.errors().get("fixed_energy_psi_rel_l2") <= SMALL_RUN_PSI_TOL, r.errors().toString());
        assertEquals(3, r.figures().stream().filter(f -> f instanceof FigureData.ParameterTrace).count());
    }

    @Test
    void smallOscillatorRunWritesErrorsAndFigures(@TempDir Path dir) {
        Study s = new EigenStudy(EigenCase.HARMONIC);
        StudyContext ctx = new StudyContext(s.defaults().with("levels", 1).with("lm_iterations", 80)
                .with("hidden_width", 12).with("nodes_per_piece", 48), 7L, dir, Progress.NONE);
        RunRecord r = s.run(ctx);
        assertEquals(7L, r.seed());
        assertTrue(r.errors().get("energy_rel_error") <= SMALL_RUN_ENERGY_TOL, r.errors().toString());
        assertTrue(r.errors().containsKey("psi_rel_l2"));
        assertTrue(r.timings().containsKey("total"));
        assertEquals(0.0, r.metrics().get("nodes_level0"), 0.0);
        assertTrue(r.figures().stream().anyMatch(f -> f instanceof FigureData.LossHistory));
        assertTrue(r.figures().stream().anyMatch(f -> f instanceof FigureData.ParameterTrace));
        assertTrue(r.figures().stream().anyMatch(f -> f instanceof FigureData.Curves));
    }
}
