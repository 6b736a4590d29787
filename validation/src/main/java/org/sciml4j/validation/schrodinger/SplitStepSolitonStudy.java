package org.sciml4j.validation.schrodinger;

import org.sciml4j.validation.analytic.BrightSoliton;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.validation.study.ConvergenceResult;
import org.sciml4j.validation.study.ConvergenceStudy;

/**
 * Strang split-step Fourier on the NLS bright soliton (a = 1, c = 0.5) on [−25, 25), 512 modes,
 * to t = 1 with 10 … 320 steps: max |h − h_exact|. Spectral in space, so the error is the time
 * error; design order 2.
 */
public final class SplitStepSolitonStudy implements ConvergenceStudy {

    @Override
    public String name() {
        return "nls-split-step-soliton";
    }

    @Override
    public String description() {
        return "SplitStepFourier (Strang, JTransforms FFT, 512 modes on [-25, 25)) for i h_t + h_xx/2 + |h|^2 h = 0, "
                + "bright soliton a=1, c=0.5, max |h - h_exact| at t=1 vs dt";
    }

    @Override
    public ConvergenceResult run() {
        BrightSoliton soliton = new BrightSoliton(1.0, 0.5, -2.0);
        PeriodicGrid grid = new PeriodicGrid(-25, 50, 512);
        SplitStepFourier ssf = new SplitStepFourier(SchrodingerEquation.nls(), grid);
        double tEnd = 1.0;
        double[] h0 = grid.sample(x -> soliton.value(x, 0));
        double[] ref = grid.sample(x -> soliton.value(x, tEnd));
        int[] steps = {10, 20, 40, 80, 160, 320};
        double[] dt = new double[steps.length];
        double[] err = new double[steps.length];
        double[] sec = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            long t0 = System.nanoTime();
            double[] h = ssf.evolve(h0, tEnd, steps[i]);
            sec[i] = (System.nanoTime() - t0) * 1e-9;
            dt[i] = tEnd / steps[i];
            err[i] = Errors.maxAbs(h, ref);
        }
        return new ConvergenceResult(name(), description(), "time steps", steps, dt, err, sec,
                "max |h - h_exact| at t=1", 2.0);
    }
}
