package org.sciml4j.validation.analytic;

/**
 * Decaying 2-D Taylor–Green vortex, an exact solution of the incompressible Navier–Stokes equations
 * u_t + (u·∇)u = −∇p + ν Δu, ∇·u = 0 (density 1) on the periodic square [0, 2π/k]²:
 * <pre>
 *   F(t) = e^{−2νk²t}
 *   u =  cos(kx) sin(ky) F,   v = −sin(kx) cos(ky) F
 *   p = −¼ (cos(2kx) + cos(2ky)) F²
 *   ω = v_x − u_y = −2k cos(kx) cos(ky) F
 * </pre>
 * Immutable, thread-safe.
 */
public final class TaylorGreenVortex {

    private final double viscosity;
    private final double k;

    /**
     * @param viscosity   ν ≥ 0
     * @param wavenumber  k &gt; 0 (k = 1 on [0, 2π]²)
     */
    public TaylorGreenVortex(double viscosity, double wavenumber) {
        if (!(viscosity >= 0) || Double.isInfinite(viscosity)) {
            throw new IllegalArgumentException("Taylor-Green vortex: viscosity must be finite and >= 0, got " + viscosity);
        }
        if (!(wavenumber > 0) || Double.isInfinite(wavenumber)) {
            throw new IllegalArgumentException("Taylor-Green vortex: wavenumber must be positive and finite, got " + wavenumber);
        }
        this.viscosity = viscosity;
        this.k = wavenumber;
    }

    /** Unit wavenumber on [0, 2π]². */
    public TaylorGreenVortex(double viscosity) {
        this(viscosity, 1.0);
    }

    private double decay(double t) {
        return Math.exp(-2 * viscosity * k * k * t);
    }

    public double u(double x, double y, double t) {
        return Math.cos(k * x) * Math.sin(k * y) * decay(t);
    }

    public double v(double x, double y, double t) {
        return -Math.sin(k * x) * Math.cos(k * y) * decay(t);
    }

    public double pressure(double x, double y, double t) {
        double f = decay(t);
        return -0.25 * (Math.cos(2 * k * x) + Math.cos(2 * k * y)) * f * f;
    }

    public double vorticity(double x, double y, double t) {
        return -2 * k * Math.cos(k * x) * Math.cos(k * y) * decay(t);
    }
}
