package org.sciml4j.validation.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.jtransforms.fft.DoubleFFT_2D;
import org.junit.jupiter.api.Test;

/**
 * Statistics of the random fields against theory. Each sample estimate is compared within
 * {@link #SAMPLING_SIGMAS} standard errors of the estimator (standard error computed from the
 * theoretical second moments for Gaussian data).
 */
class GaussianRandomFieldStatisticsTest {

    /** How many estimator standard errors an empirical moment may deviate from theory. */
    static final double SAMPLING_SIGMAS = 5.5;

    @Test
    void rbfFieldHasZeroMeanAndKernelCovariance() {
        GaussianRandomField1D grf = GaussianRandomField1D.rbf(0.2).withGridPoints(30).withSigma(1.5).build();
        double[] x = grf.grid();
        int n = x.length;
        int samples = 4000;
        double[] mean = new double[n];
        double[][] m2 = new double[n][n];
        SplittableRandom rng = new SplittableRandom(11);
        for (int s = 0; s < samples; s++) {
            double[] u = grf.sampleOnGrid(rng);
            for (int i = 0; i < n; i++) {
                mean[i] += u[i] / samples;
                for (int j = 0; j < n; j++) {
                    m2[i][j] += u[i] * u[j] / samples;
                }
            }
        }
        double var = grf.kernel(0, 0);
        for (int i = 0; i < n; i++) {
            assertEquals(0, mean[i], SAMPLING_SIGMAS * Math.sqrt(var / samples), "mean at x=" + x[i]);
            for (int j = 0; j < n; j++) {
                double c = grf.kernel(x[i], x[j]);
                double se = Math.sqrt((var * var + c * c) / samples);
                assertEquals(c, m2[i][j], SAMPLING_SIGMAS * se, "covariance at " + x[i] + ", " + x[j]);
            }
        }
    }

    @Test
    void rbfSplineInterpolatesTheGridSampleAndIsReproducible() {
        GaussianRandomField1D grf = GaussianRandomField1D.rbf(0.2).withGridPoints(200).build();
        double[] onGrid = grf.sampleOnGrid(new SplittableRandom(5));
        PolynomialSplineFunction f = grf.sample(new SplittableRandom(5));
        double[] x = grf.grid();
        for (int j = 0; j < x.length; j++) {
            assertEquals(onGrid[j], f.value(x[j]), 1e-12);
        }
        assertEquals(onGrid[17], grf.sampleOnGrid(new SplittableRandom(5))[17], 0.0);
    }

    @Test
    void periodicFieldMatchesCovarianceAndSpectrum() {
        int n = 16;
        PeriodicGaussianRandomField2D grf = PeriodicGaussianRandomField2D.of(n, 2.0, 3.0, 2.0);
        int samples = 3000;
        double var = grf.covariance(0, 0);
        double lag = grf.covariance(1, 2);
        SplittableRandom rng = new SplittableRandom(3);
        double meanSum = 0;
        double varSum = 0;
        double lagSum = 0;
        int[][] modes = {{1, 0}, {2, 3}, {-3, 1}, {0, -5}};
        double[] power = new double[modes.length];
        DoubleFFT_2D fft = new DoubleFFT_2D(n, n);
        for (int s = 0; s < samples; s++) {
            double[] u = grf.sample(rng);
            // one point per sample keeps the samples independent for the standard errors
            meanSum += u[5 * n + 7];
            varSum += u[5 * n + 7] * u[5 * n + 7];
            lagSum += u[5 * n + 7] * u[6 * n + 9];
            double[] a = new double[2 * n * n];
            System.arraycopy(u, 0, a, 0, n * n);
            fft.realForwardFull(a);
            for (int m = 0; m < modes.length; m++) {
                int i = Math.floorMod(modes[m][0], n);
                int j = Math.floorMod(modes[m][1], n);
                double re = a[2 * (i * n + j)];
                double im = a[2 * (i * n + j) + 1];
                power[m] += (re * re + im * im) / samples;
            }
        }
        assertEquals(0, meanSum / samples, SAMPLING_SIGMAS * Math.sqrt(var / samples));
        assertEquals(var, varSum / samples, SAMPLING_SIGMAS * Math.sqrt(2 * var * var / samples));
        assertEquals(lag, lagSum / samples, SAMPLING_SIGMAS * Math.sqrt((var * var + lag * lag) / samples));
        for (int m = 0; m < modes.length; m++) {
            // E|û_k|² = n⁴ s² λ_k; |û_k|² is exponential, relative standard error 1/√samples
            double expected = Math.pow(n, 4) * 4.0 * grf.eigenvalue(modes[m][0], modes[m][1]);
            assertEquals(1.0, power[m] / expected, SAMPLING_SIGMAS / Math.sqrt(samples), "mode " + modes[m][0] + "," + modes[m][1]);
        }
    }

    @Test
    void periodicFieldHasZeroMeanModeExactly() {
        double[] u = PeriodicGaussianRandomField2D.fnoNavierStokes(32).sample(new SplittableRandom(1));
        double sum = 0;
        double sq = 0;
        for (double v : u) {
            sum += v;
            sq += v * v;
        }
        assertTrue(Math.abs(sum / u.length) < 1e-12 * Math.sqrt(sq / u.length));
    }

    @Test
    void neumannFieldMatchesTheoreticalCovariance() {
        NeumannGaussianRandomField2D grf = NeumannGaussianRandomField2D.fnoDarcy(9);
        int samples = 3000;
        int[][] nodes = {{0, 0}, {4, 4}, {8, 2}, {3, 5}};
        double[] mean = new double[nodes.length];
        double[] m2 = new double[nodes.length];
        double cross = 0;
        SplittableRandom rng = new SplittableRandom(21);
        for (int s = 0; s < samples; s++) {
            double[] u = grf.sample(rng);
            for (int p = 0; p < nodes.length; p++) {
                double v = u[nodes[p][0] * 9 + nodes[p][1]];
                mean[p] += v / samples;
                m2[p] += v * v / samples;
            }
            cross += u[4 * 9 + 4] * u[3 * 9 + 5] / samples;
        }
        for (int p = 0; p < nodes.length; p++) {
            double var = grf.variance(nodes[p][0], nodes[p][1]);
            assertEquals(0, mean[p], SAMPLING_SIGMAS * Math.sqrt(var / samples));
            assertEquals(var, m2[p], SAMPLING_SIGMAS * Math.sqrt(2 * var * var / samples));
        }
        double c = grf.covariance(4, 4, 3, 5);
        double v1 = grf.variance(4, 4);
        double v2 = grf.variance(3, 5);
        assertEquals(c, cross, SAMPLING_SIGMAS * Math.sqrt((v1 * v2 + c * c) / samples));
    }

    @Test
    void badParametersAreRejectedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianRandomField1D.rbf(-0.1).build());
        assertTrue(e.getMessage().contains("length scale"));
        e = assertThrows(IllegalArgumentException.class, () -> GaussianRandomField1D.rbf(0.01).withGridPoints(20).build());
        assertTrue(e.getMessage().contains("grid too coarse"));
        e = assertThrows(IllegalArgumentException.class, () -> PeriodicGaussianRandomField2D.of(15, 2, 3, 1));
        assertTrue(e.getMessage().contains("even"));
        e = assertThrows(IllegalArgumentException.class, () -> NeumannGaussianRandomField2D.of(10, 10, 2, -3, 1));
        assertTrue(e.getMessage().contains("tau"));
    }
}
