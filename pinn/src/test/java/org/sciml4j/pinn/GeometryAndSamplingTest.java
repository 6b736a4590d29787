package org.sciml4j.pinn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sciml4j.pinn.geometry.Box;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.SpaceTime;
import org.sciml4j.pinn.sampling.Sampler;
import org.sciml4j.pinn.sampling.Samplers;

class GeometryAndSamplingTest {

    private static final double TOL = 1e-12;

    @Test
    void sobolAndHaltonPointsLieInTheirDomains() {
        Geometry[] shapes = {Geometry.interval(-1, 2), Geometry.rectangle(0, 2, -1, 1), Geometry.disk(0.5, 0.5, 0.3),
            Geometry.polygon(new double[][] {{0, 0}, {1, 0}, {0, 1}}),
            Geometry.rectangle(0, 1, 0, 1).minus(Geometry.disk(0.5, 0.5, 0.25)),
            Geometry.spaceTime(Geometry.interval(0, 1), 0, 2)};
        for (Sampler s : new Sampler[] {Samplers.sobol(), Samplers.halton(), Samplers.random(), Samplers.latinHypercube()}) {
            for (Geometry g : shapes) {
                double[][] pts = g.sampleInterior(200, s, new SplittableRandom(1));
                assertEquals(200, pts.length, s.name() + " on " + g);
                for (double[] p : pts) {
                    assertTrue(g.contains(p), s.name() + " point outside " + g);
                }
            }
        }
        double[][] ring = Geometry.rectangle(0, 1, 0, 1).minus(Geometry.disk(0.5, 0.5, 0.25))
                .sampleInterior(300, Samplers.sobol(), new SplittableRandom(1));
        for (double[] p : ring) {
            assertTrue(Math.hypot(p[0] - 0.5, p[1] - 0.5) >= 0.25 - 1e-9, "difference keeps the hole empty");
        }
    }

    @Test
    void boundaryPartsAreOnTheirFacesWithOutwardNormals() {
        Box b = Geometry.rectangle(0, 2, 0, 1);
        double[][] left = b.face(0, false).sample(20, Samplers.sobol(), new SplittableRandom(2));
        for (double[] p : left) {
            assertEquals(0, p[0], TOL);
            assertTrue(p[1] >= 0 && p[1] <= 1);
        }
        assertArrayEquals(new double[] {-1, 0}, b.face(0, false).normal(left[0]), TOL);
        assertArrayEquals(new double[] {0, 1}, b.face(1, true).normal(new double[] {1, 1}), TOL);
        double[][] circle = Geometry.disk(0, 0, 2).boundary().sample(16, Samplers.grid(), new SplittableRandom(3));
        for (double[] p : circle) {
            assertEquals(2, Math.hypot(p[0], p[1]), 1e-12);
            double[] n = Geometry.disk(0, 0, 2).boundary().normal(p);
            assertEquals(p[0] / 2, n[0], 1e-12);
        }
        double[] pn = Geometry.polygon(new double[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}}).boundary()
                .normal(new double[] {0.5, 0});
        assertArrayEquals(new double[] {0, -1}, pn, TOL);
        SpaceTime st = Geometry.spaceTime(Geometry.interval(0, 1), 0, 1);
        for (double[] p : st.initial().sample(10, Samplers.sobol(), new SplittableRandom(4))) {
            assertEquals(0, p[1], TOL);
        }
        assertArrayEquals(new double[] {0, -1}, st.initial().normal(new double[] {0.3, 0}), TOL);
        assertEquals(1, Geometry.interval(0, 1).left().sample(5, Samplers.grid(), null).length);
    }

    @Test
    void latinHypercubeHasOnePointPerStratumAndGridHasEndpoints() {
        int n = 50;
        double[][] u = Samplers.latinHypercube().unitCube(n, 3, new SplittableRandom(5));
        for (int a = 0; a < 3; a++) {
            boolean[] hit = new boolean[n];
            for (double[] p : u) {
                hit[(int) (p[a] * n)] = true;
            }
            for (boolean h : hit) {
                assertTrue(h, "every stratum holds a point");
            }
        }
        double[][] g = Samplers.grid().unitCube(25, 2, null);
        assertEquals(25, g.length);
        assertArrayEquals(new double[] {1, 1}, g[24], TOL);
    }

    @Test
    void samePointsForTheSameSeed() {
        Geometry d = Geometry.disk(0, 0, 1);
        assertArrayEquals(d.sampleInterior(50, Samplers.random(), new SplittableRandom(9)),
                d.sampleInterior(50, Samplers.random(), new SplittableRandom(9)));
    }

    @Test
    void emptyDomainsFailWithAFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Geometry.interval(1, 1));
        assertTrue(e.getMessage().contains("a < b"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Geometry.rectangle(0, 1, 2, 1));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        Geometry nothing = Geometry.disk(0, 0, 1).minus(Geometry.rectangle(-2, 2, -2, 2));
        e = assertThrows(IllegalArgumentException.class, () -> nothing.sampleInterior(10, Samplers.sobol(),
                new SplittableRandom(1)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }
}
