package org.sciml4j.validation.analytic;

/**
 * Kovasznay flow, a steady solution of the incompressible Navier–Stokes equations
 * (u·∇)u = −∇p + (1/Re) Δu, ∇·u = 0, density 1:
 * <pre>
 *   λ = Re/2 − √(Re²/4 + 4π²)
 *   u = 1 − e^{λx} cos(2πy),  v = (λ/2π) e^{λx} sin(2πy),  p = ½ (1 − e^{2λx})
 * </pre>
 * Vorticity ω = v_x − u_y = (λ²/2π − 2π) e^{λx} sin(2πy). Usual domain [−0.5, 1] × [−0.5, 1.5].
 * Immutable, thread-safe.
 */
public final class KovasznayFlow {

    private final double reynolds;
    private final double lambda;

    /** @param reynolds Re &gt; 0 */
    public KovasznayFlow(double reynolds) {
        if (!(reynolds > 0) || Double.isInfinite(reynolds)) {
            throw new IllegalArgumentException("Kovasznay flow: Reynolds number must be positive and finite, got " + reynolds);
        }
        this.reynolds = reynolds;
        this.lambda = reynolds / 2 - Math.sqrt(reynolds * reynolds / 4 + 4 * Math.PI * Math.PI);
    }

    public double reynolds() {
        return reynolds;
    }

    /** λ = Re/2 − √(Re²/4 + 4π²). */
    public double lambda() {
        return lambda;
    }

    public double u(double x, double y) {
        return 1 - Math.exp(lambda * x) * Math.cos(2 * Math.PI * y);
    }

    public double v(double x, double y) {
        return lambda / (2 * Math.PI) * Math.exp(lambda * x) * Math.sin(2 * Math.PI * y);
    }

    public double pressure(double x, double y) {
        return 0.5 * (1 - Math.exp(2 * lambda * x));
    }

    public double vorticity(double x, double y) {
        return (lambda * lambda / (2 * Math.PI) - 2 * Math.PI) * Math.exp(lambda * x) * Math.sin(2 * Math.PI * y);
    }
}
