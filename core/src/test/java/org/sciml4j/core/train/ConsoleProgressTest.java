package org.sciml4j.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.optim.LossValue;

class ConsoleProgressTest {

    @Test
    void rewritesOneLineAtMostFiveTimesPerSecond() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 200,
                () -> now[0]);
        progress.phaseStarted(0, "adam", 1000);
        for (int i = 1; i <= 1000; i++) {
            now[0] += 1_000_000L; // 1 ms per step: 1 s in total
            progress.step(new TrainingStep(i, 0, "adam", i, new LossValue(1.0 / i, Map.of("pde", 0.5 / i)), 1, 1, 1e-3,
                    now[0] * 1e-9));
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        long updates = out.chars().filter(c -> c == '\r').count();
        assertTrue(updates >= 5 && updates <= 6, "status updates in 1 s: " + updates);
        assertTrue(out.contains("pde"), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("phase 0: adam")).count());
    }
}
