package org.sciml4j.validation.operatordata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hipparchus.analysis.interpolation.SplineInterpolator;
import org.hipparchus.analysis.polynomials.PolynomialSplineFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sciml4j.core.io.DataFolders;
import org.sciml4j.core.io.NdArray;
import org.sciml4j.core.io.Npz;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.random.GaussianRandomField1D;

/**
 * Our antiderivative generator against the DeepXDE aligned antiderivative test set
 * ({@code deepxde/antiderivative_aligned_test.npz}, skipped when the shared data folder is absent).
 */
class DeepXdeAntiderivativeDataTest {

    /**
     * DeepXDE's targets come from RK45 at rtol 1e-3 and carry about 0.9% relative L2 integration
     * noise (shared data README); our exact-tolerance integral of the cubic spline through their
     * sensor values must agree with them to that level.
     */
    static final double DEEPXDE_TARGET_NOISE = 1.5e-2;
    /** Sampling tolerance on the fitted length scale: functions with ℓ ≈ 0.5 on [0,1] have few degrees of freedom. */
    static final double LENGTH_SCALE_TOLERANCE = 0.12;

    static Optional<Path> data() {
        return DataFolders.sharedData("deepxde/antiderivative_aligned_test.npz");
    }

    @Test
    void ourIntegralOfTheirInputsMatchesTheirTargetsToTheirTolerance() {
        Optional<Path> file = data();
        Assumptions.assumeTrue(file.isPresent(), DataFolders.missingMessage());
        NdArray v = Npz.read(file.get(), "v");
        NdArray x = Npz.read(file.get(), "x");
        NdArray u = Npz.read(file.get(), "u");
        int m = v.shape(1);
        double[] xs = new double[m];
        double[][] trunk = new double[m][];
        for (int j = 0; j < m; j++) {
            xs[j] = x.get(j, 0);
            trunk[j] = new double[] {xs[j]};
        }
        int samples = 200;
        double[] ours = new double[samples * m];
        double[] theirs = new double[samples * m];
        ScalarOdeOperator op = ScalarOdeOperator.antiderivative();
        for (int s = 0; s < samples; s++) {
            double[] row = new double[m];
            for (int j = 0; j < m; j++) {
                row[j] = v.get(s, j);
                theirs[s * m + j] = u.get(s, j);
            }
            PolynomialSplineFunction f = new SplineInterpolator().interpolate(xs, row);
            System.arraycopy(op.solve(f, trunk), 0, ours, s * m, m);
        }
        double rel = Errors.relL2(ours, theirs);
        assertTrue(rel < DEEPXDE_TARGET_NOISE, "relative L2 to the DeepXDE targets: " + rel);
    }

    /** Length scale ℓ fitted from the empirical correlation of sensor values at a lag d: ρ = exp(−d²/(2ℓ²)). */
    static double fittedLengthScale(double[][] v, int lag, double dx) {
        double cross = 0;
        double sq = 0;
        int count = 0;
        for (double[] row : v) {
            for (int j = 0; j + lag < row.length; j++) {
                cross += row[j] * row[j + lag];
                sq += 0.5 * (row[j] * row[j] + row[j + lag] * row[j + lag]);
                count++;
            }
        }
        double rho = cross / sq;
        double d = lag * dx;
        return d / Math.sqrt(-2 * Math.log(rho));
    }

    @Test
    void theirInputsHaveLengthScaleOneHalfAndOurFieldReproducesIt() {
        Optional<Path> file = data();
        Assumptions.assumeTrue(file.isPresent(), DataFolders.missingMessage());
        NdArray v = Npz.read(file.get(), "v");
        int n = v.shape(0);
        int m = v.shape(1);
        double[][] theirs = new double[n][m];
        for (int s = 0; s < n; s++) {
            for (int j = 0; j < m; j++) {
                theirs[s][j] = v.get(s, j);
            }
        }
        double dx = 1.0 / (m - 1);
        double lTheirs = fittedLengthScale(theirs, 30, dx);
        // the DeepONet paper used ℓ = 0.2 for its antiderivative example; this data set does not
        assertEquals(0.5, lTheirs, LENGTH_SCALE_TOLERANCE, "fitted length scale of the DeepXDE inputs");
        GaussianRandomField1D grf = GaussianRandomField1D.rbf(0.5).withGridPoints(200).build();
        OperatorDataGenerator gen = OperatorDataGenerator.builder(ScalarOdeOperator.antiderivative(), grf).withSensors(m).build();
        double[][] ours = gen.aligned(n, new SplittableRandom(17)).v();
        double lOurs = fittedLengthScale(ours, 30, dx);
        assertEquals(0.5, lOurs, LENGTH_SCALE_TOLERANCE, "fitted length scale of our inputs");
    }
}
