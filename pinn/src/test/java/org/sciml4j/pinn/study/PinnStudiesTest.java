package org.sciml4j.pinn.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.Progress;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

class PinnStudiesTest {

    @Test
    void providerIsRegisteredWithBothStudies() {
        List<String> names = ServiceLoader.load(StudyProvider.class).stream()
                .filter(p -> p.type() == PinnStudies.class)
                .flatMap(p -> p.get().studies().stream()).map(Study::name).toList();
        assertEquals(List.of("poisson-1d", "poisson-2d"), names);
        Study p1 = new PinnStudies().studies().get(0);
        assertEquals(64, p1.defaults().parse("points", "64").getInt("points"));
    }

    @Test
    void smallRunsFillTheRunRecord(@TempDir Path dir) {
        for (Study st : new PinnStudies().studies()) {
            Settings s = st.defaults().parse("hidden", "6,6").parse("points", "16").parse("adam_steps", "10")
                    .parse("lm_iterations", "5");
            RunRecord r = st.run(new StudyContext(s, 3L, dir, Progress.NONE));
            assertEquals(st.name(), r.study());
            assertEquals(3L, r.seed());
            assertTrue(r.errors().get("rel_l2") < 1.0, st.name() + " error " + r.errors());
            assertTrue(r.timings().containsKey("training"));
            FigureData.LossHistory loss = (FigureData.LossHistory) r.figures().get(0);
            assertEquals(2, loss.phases().size());
            int n = loss.iterations().length;
            assertTrue(n > 10 && n <= 15, "10 Adam steps plus the accepted of 5 LM steps, got " + n);
            for (int i = 1; i < n; i++) {
                assertTrue(loss.iterations()[i] > loss.iterations()[i - 1], "iterations increase");
            }
            assertTrue(r.figures().get(1) instanceof FigureData.Curves || r.figures().get(1) instanceof FigureData.Fields);
        }
    }

    @Test
    void badWidthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PinnStudies.widths("50;50"));
    }
}
