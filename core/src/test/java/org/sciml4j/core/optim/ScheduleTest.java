package org.sciml4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final double TOL = 1e-15;

    @Test
    void constantRate() {
        LearningRateSchedule s = Schedules.constant(1e-3);
        assertEquals(1e-3, s.rate(0), TOL);
        assertEquals(1e-3, s.rate(123456), TOL);
    }

    @Test
    void exponentialDecayHalvesEveryPeriod() {
        LearningRateSchedule s = Schedules.exponentialDecay(0.1, 0.5, 100);
        assertEquals(0.1, s.rate(0), TOL);
        assertEquals(0.05, s.rate(100), TOL);
        assertEquals(0.025, s.rate(200), TOL);
        assertEquals(0.1 * Math.pow(0.5, 0.5), s.rate(50), TOL);
    }

    @Test
    void stepDecayIsAStaircase() {
        LearningRateSchedule s = Schedules.stepDecay(1.0, 0.1, 10);
        assertEquals(1.0, s.rate(9), TOL);
        assertEquals(0.1, s.rate(10), TOL);
        assertEquals(0.1, s.rate(19), TOL);
        assertEquals(0.01, s.rate(20), 1e-17);
    }

    @Test
    void cosineAnnealingEndpointsAndMidpoint() {
        LearningRateSchedule s = Schedules.cosineAnnealing(1.0, 0.1, 100);
        assertEquals(1.0, s.rate(0), TOL);
        assertEquals(0.55, s.rate(50), TOL);
        assertEquals(0.1, s.rate(100), TOL);
        assertEquals(0.1, s.rate(1000), TOL);
        assertEquals(0.1 + 0.45 * (1 + Math.cos(Math.PI / 4)), s.rate(25), TOL);
    }

    @Test
    void linearWarmupThenInner() {
        LearningRateSchedule s = Schedules.linearWarmup(4, Schedules.stepDecay(1.0, 0.5, 10));
        assertEquals(0.25, s.rate(0), TOL);
        assertEquals(0.5, s.rate(1), TOL);
        assertEquals(1.0, s.rate(3), TOL);
        assertEquals(1.0, s.rate(4), TOL);
        assertEquals(0.5, s.rate(14), TOL);
    }

    @Test
    void badArgumentsAreRejectedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedules.constant(-1e-3));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedules.constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Schedules.exponentialDecay(1, 1.5, 10));
        assertThrows(IllegalArgumentException.class, () -> Schedules.stepDecay(1, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedules.cosineAnnealing(0.1, 1.0, 10));
        assertThrows(IllegalArgumentException.class, () -> Schedules.constant(1).rate(-1));
    }
}
