package org.sciml4j.pinn.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

class PinnStudiesTest {

    @Test
    void providerIsRegisteredWithTheThreeStudies() {
        List<String> names = ServiceLoader.load(StudyProvider.class).stream()
                .filter(p -> p.type() == PinnStudies.class)
                .flatMap(p -> p.get().studies().stream()).map(Study::name).toList();
        assertEquals(List.of("poisson-1d", "demo", "poisson-2d"), names);
        Study demo = new PinnStudies().studies().get(1);
        assertEquals("main job: PINN demo", demo.description());
        assertEquals(64, demo.defaults().parse("points", "64").getInt("points"));
    }

    @Test
    void badWidthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PinnStudies.widths("50;50"));
    }
}
