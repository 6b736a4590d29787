package org.sciml4j.validation.schrodinger;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Method of lines for {@link SchrodingerEquation} on a {@link PeriodicGrid}: h_xx is replaced by a
 * {@link SpatialDiscretisation} and the 2n real ODEs
 * h_t = i (α h_xx − V h + g |h|² h) are integrated by Hipparchus' adaptive DormandPrince853 with
 * the given relative and absolute tolerance. The error is the spatial error (order 2, 4 or spectral)
 * plus a time error of the order of the tolerance. Mass is kept only to the integrator's tolerance
 * (the method is not symplectic), unlike {@link SplitStepFourier}.
 *
 * <p>Explicit: the step is limited by stability to about 3/(α k_max²) with k_max = π/Δx (spectral)
 * or 2/Δx (central differences), so the cost grows like n³ log n for a fixed end time.
 * Not thread-safe (the spectral variant holds an FFT plan); inputs are not modified.
 */
public final class MethodOfLinesSchrodinger {

    private final SchrodingerEquation equation;
    private final PeriodicGrid grid;
    private final SpatialDiscretisation discretisation;
    private final double tolerance;
    private final double[] potential;
    private final SpectralDerivative spectral;

    /**
     * @param tolerance relative and absolute tolerance of the integrator, in [1e-14, 1e-2]
     */
    public MethodOfLinesSchrodinger(SchrodingerEquation equation, PeriodicGrid grid,
                                    SpatialDiscretisation discretisation, double tolerance) {
        if (equation == null || grid == null || discretisation == null) {
            throw new IllegalArgumentException("method of lines: equation, grid and discretisation must not be null");
        }
        if (!(tolerance >= 1e-14 && tolerance <= 1e-2)) {
            throw new IllegalArgumentException("method of lines: tolerance must be in [1e-14, 1e-2], got " + tolerance);
        }
        this.equation = equation;
        this.grid = grid;
        this.discretisation = discretisation;
        this.tolerance = tolerance;
        this.potential = new double[grid.points()];
        for (int j = 0; j < grid.points(); j++) {
            potential[j] = equation.potential().applyAsDouble(grid.x(j));
        }
        this.spectral = discretisation == SpatialDiscretisation.SPECTRAL ? new SpectralDerivative(grid) : null;
    }

    /** Advances h0 (interleaved, not modified) to tEnd &gt; 0; returns a new array. */
    public double[] evolve(double[] h0, double tEnd) {
        grid.checkField("method of lines evolve", h0);
        if (!(tEnd > 0) || Double.isInfinite(tEnd)) {
            throw new IllegalArgumentException("method of lines: end time must be positive and finite, got " + tEnd);
        }
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 2 * grid.points();
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return rhs(y);
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12 * tEnd, tEnd, tolerance, tolerance);
        return integrator.integrate(ode, new ODEState(0, h0.clone()), tEnd).getPrimaryState();
    }

    /** h_t = i (α h_xx − V h + g|h|² h), interleaved. */
    double[] rhs(double[] h) {
        int n = grid.points();
        double[] lap = laplacian(h);
        double alpha = equation.alpha();
        double g = equation.nonlinearity();
        double[] out = new double[2 * n];
        for (int j = 0; j < n; j++) {
            double re = h[2 * j];
            double im = h[2 * j + 1];
            double w = g * (re * re + im * im) - potential[j];
            double ar = alpha * lap[2 * j] + w * re;
            double ai = alpha * lap[2 * j + 1] + w * im;
            out[2 * j] = -ai;
            out[2 * j + 1] = ar;
        }
        return out;
    }

    private double[] laplacian(double[] h) {
        int n = grid.points();
        if (discretisation == SpatialDiscretisation.SPECTRAL) {
            return spectral.derivative(h, 2);
        }
        double dx2 = grid.dx() * grid.dx();
        double[] out = new double[2 * n];
        for (int j = 0; j < n; j++) {
            int m1 = (j - 1 + n) % n;
            int p1 = (j + 1) % n;
            for (int c = 0; c < 2; c++) {
                if (discretisation == SpatialDiscretisation.CENTRAL_2) {
                    out[2 * j + c] = (h[2 * m1 + c] - 2 * h[2 * j + c] + h[2 * p1 + c]) / dx2;
                } else {
                    int m2 = (j - 2 + n) % n;
                    int p2 = (j + 2) % n;
                    out[2 * j + c] = (-h[2 * m2 + c] + 16 * h[2 * m1 + c] - 30 * h[2 * j + c] + 16 * h[2 * p1 + c]
                            - h[2 * p2 + c]) / (12 * dx2);
                }
            }
        }
        return out;
    }
}
