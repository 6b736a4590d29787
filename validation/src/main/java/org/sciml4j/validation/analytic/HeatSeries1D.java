package org.sciml4j.validation.analytic;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Series solution of the heat equation u_t = α u_xx on [0, 1] with u(t, 0) = u(t, 1) = 0:
 * <pre>
 *   u(t, x) = Σ_{n=1}^{N} b_n e^{−α n²π² t} sin(nπx)
 * </pre>
 * exact for an initial condition that is a finite sine series; {@link #fromInitialCondition} projects
 * a function on its first N sine modes (b_n = 2∫ u0 sin(nπx) dx by composite Gauss–Legendre).
 * Immutable, thread-safe; cost O(N) per evaluation.
 */
public final class HeatSeries1D {

    private final double diffusivity;
    private final double[] b;

    /**
     * @param diffusivity  α &gt; 0
     * @param coefficients b_1 … b_N (copied)
     */
    public HeatSeries1D(double diffusivity, double[] coefficients) {
        if (!(diffusivity > 0) || Double.isInfinite(diffusivity)) {
            throw new IllegalArgumentException("heat series 1-D: diffusivity must be positive and finite, got " + diffusivity);
        }
        if (coefficients.length == 0) {
            throw new IllegalArgumentException("heat series 1-D: need at least one sine coefficient");
        }
        this.diffusivity = diffusivity;
        this.b = coefficients.clone();
    }

    /** Projects u0 on its first {@code terms} sine modes. */
    public static HeatSeries1D fromInitialCondition(double diffusivity, DoubleUnaryOperator u0, int terms) {
        if (terms < 1) {
            throw new IllegalArgumentException("heat series 1-D: terms must be >= 1, got " + terms);
        }
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(16);
        int panels = Math.max(64, 4 * terms);
        double[] c = new double[terms];
        double hp = 1.0 / panels;
        for (int p = 0; p < panels; p++) {
            for (int i = 0; i < rule.getNumberOfPoints(); i++) {
                double x = (p + 0.5 + 0.5 * rule.getPoint(i)) * hp;
                double w = 0.5 * hp * rule.getWeight(i) * u0.applyAsDouble(x);
                for (int n = 1; n <= terms; n++) {
                    c[n - 1] += 2 * w * Math.sin(n * Math.PI * x);
                }
            }
        }
        return new HeatSeries1D(diffusivity, c);
    }

    /** Sine coefficients b_1 … b_N (copy). */
    public double[] coefficients() {
        return b.clone();
    }

    public double value(double t, double x) {
        return sum(t, x, 0);
    }

    /** ∂u/∂x. */
    public double dx(double t, double x) {
        return sum(t, x, 1);
    }

    /** ∂²u/∂x². */
    public double dxx(double t, double x) {
        return sum(t, x, 2);
    }

    /** ∂u/∂t = α u_xx. */
    public double dt(double t, double x) {
        return diffusivity * dxx(t, x);
    }

    private double sum(double t, double x, int derivative) {
        double s = 0;
        for (int n = 1; n <= b.length; n++) {
            double k = n * Math.PI;
            double amp = b[n - 1] * Math.exp(-diffusivity * k * k * t);
            switch (derivative) {
                case 0 -> s += amp * Math.sin(k * x);
                case 1 -> s += amp * k * Math.cos(k * x);
                default -> s -= amp * k * k * Math.sin(k * x);
            }
        }
        return s;
    }
}
