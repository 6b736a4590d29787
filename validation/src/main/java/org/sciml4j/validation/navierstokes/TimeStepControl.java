package org.sciml4j.validation.navierstokes;

/**
 * How the Navier–Stokes solver chooses its time step. The remaining time R to the next recording
 * time is split into ⌈R / dt*⌉ equal steps, where dt* is
 * <ul>
 *   <li>{@link #fixed}: the given step (so the step is constant between recording times);</li>
 *   <li>{@link #cfl}: min(maxStep, C·h / max(|u| + |v|)) with h = 1/n; the velocity is measured
 *   again every 50 steps and the split of the remaining time recomputed.</li>
 * </ul>
 *
 * @param maxStep largest step, &gt; 0
 * @param courant Courant number C &gt; 0, or {@code Double.POSITIVE_INFINITY} for a fixed step
 */
public record TimeStepControl(double maxStep, double courant) {

    public TimeStepControl {
        if (!(maxStep > 0) || !Double.isFinite(maxStep)) {
            throw new IllegalArgumentException("TimeStepControl: time step must be positive and finite, got " + maxStep);
        }
        if (!(courant > 0)) {
            throw new IllegalArgumentException("TimeStepControl: Courant number must be positive, got " + courant);
        }
    }

    /** A fixed step dt (shortened only to land exactly on recording times). */
    public static TimeStepControl fixed(double dt) {
        return new TimeStepControl(dt, Double.POSITIVE_INFINITY);
    }

    /** A CFL-limited step: min(maxStep, C·h/max(|u|+|v|)). */
    public static TimeStepControl cfl(double courant, double maxStep) {
        if (!Double.isFinite(courant)) {
            throw new IllegalArgumentException("TimeStepControl.cfl: Courant number must be finite, got " + courant);
        }
        return new TimeStepControl(maxStep, courant);
    }

    /** Whether the step is limited by the CFL condition. */
    public boolean adaptive() {
        return Double.isFinite(courant);
    }
}
