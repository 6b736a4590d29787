package org.sciml4j.validation.analytic;

/**
 * Ethier–Steinman 3-D Beltrami flow, an exact unsteady solution of the incompressible Navier–Stokes
 * equations u_t + (u·∇)u = −∇p + ν Δu, ∇·u = 0 (density 1), with parameters a, d and decay
 * D(t) = e^{−νd²t}:
 * <pre>
 *   u = −a [e^{ax} sin(ay + dz) + e^{az} cos(ax + dy)] D
 *   v = −a [e^{ay} sin(az + dx) + e^{ax} cos(ay + dz)] D
 *   w = −a [e^{az} sin(ax + dy) + e^{ay} cos(az + dx)] D
 *   p = −a²/2 [e^{2ax} + e^{2ay} + e^{2az} + 2 sin(ax + dy) cos(az + dx) e^{a(y+z)}
 *        + 2 sin(ay + dz) cos(ax + dy) e^{a(z+x)} + 2 sin(az + dx) cos(ay + dz) e^{a(x+y)}] D²
 * </pre>
 * (C. R. Ethier, D. A. Steinman, Int. J. Numer. Meth. Fluids 19 (1994) 369; usual a = π/4, d = π/2
 * on [−1, 1]³). Immutable, thread-safe.
 */
public final class BeltramiFlow {

    private final double a;
    private final double d;
    private final double viscosity;

    public BeltramiFlow(double a, double d, double viscosity) {
        if (!Double.isFinite(a) || !Double.isFinite(d) || !(viscosity >= 0) || Double.isInfinite(viscosity)) {
            throw new IllegalArgumentException("Beltrami flow: a, d must be finite and viscosity finite and >= 0, got a="
                    + a + ", d=" + d + ", nu=" + viscosity);
        }
        this.a = a;
        this.d = d;
        this.viscosity = viscosity;
    }

    /** Velocity {u, v, w} at (x, y, z, t). */
    public double[] velocity(double x, double y, double z, double t) {
        double f = -a * Math.exp(-viscosity * d * d * t);
        return new double[] {
            f * (Math.exp(a * x) * Math.sin(a * y + d * z) + Math.exp(a * z) * Math.cos(a * x + d * y)),
            f * (Math.exp(a * y) * Math.sin(a * z + d * x) + Math.exp(a * x) * Math.cos(a * y + d * z)),
            f * (Math.exp(a * z) * Math.sin(a * x + d * y) + Math.exp(a * y) * Math.cos(a * z + d * x))
        };
    }

    public double pressure(double x, double y, double z, double t) {
        double decay = Math.exp(-2 * viscosity * d * d * t);
        double s = Math.exp(2 * a * x) + Math.exp(2 * a * y) + Math.exp(2 * a * z)
                + 2 * Math.sin(a * x + d * y) * Math.cos(a * z + d * x) * Math.exp(a * (y + z))
                + 2 * Math.sin(a * y + d * z) * Math.cos(a * x + d * y) * Math.exp(a * (z + x))
                + 2 * Math.sin(a * z + d * x) * Math.cos(a * y + d * z) * Math.exp(a * (x + y));
        return -0.5 * a * a * s * decay;
    }
}
