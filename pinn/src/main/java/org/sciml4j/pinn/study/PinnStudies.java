package org.sciml4j.pinn.study;

import java.util.List;
import org.sciml4j.core.optim.Adam;
import org.sciml4j.core.optim.Lbfgs;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.core.study.Progress;
import org.sciml4j.core.study.Settings;
import org.sciml4j.pinn.Trainer;
import org.sciml4j.validation.metrics.Errors;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyProvider;

/** The PINN studies: {@code poisson-1d} (the PINN demo of the main job) and {@code poisson-2d}. */
public final class PinnStudies implements StudyProvider {

    @Override
    public List<Study> studies() {
        return List.of(new Poisson1dStudy("poisson-1d",
                        "PINN for -u'' = pi^2 sin(pi x) on [0,1], u(0)=u(1)=0, MLP 1-50-50-50-1, Adam then LM"),
                new Poisson2dStudy());
    }

    /**
     * The studies' schedule: Adam ({@code learning_rate}, {@code adam_steps}) then the second phase of
     * {@link #secondPhase}, watching the relative L2 error against {@code exact} at {@code xe} every
     * {@code every} iterations.
     */
    static Trainer trainer(Settings s, double costTolerance, int every,
                                            double[][] xe, double[] exact, Progress progress) {
        Trainer.Builder tb = Trainer.builder()
                .adam(Adam.builder(s.getDouble("learning_rate")).build(), s.getInt("adam_steps"));
        secondPhase(tb, s, costTolerance);
        return tb.withMonitor(new Trainer.Monitor("rel_l2", every,
                        m -> Errors.relL2(m.predictField(xe), exact)))
                .withProgress(progress)
                .build();
    }

    /** Adds the second training phase chosen by the settings final_optimizer, lm_iterations, lbfgs_iterations. */
    static void secondPhase(Trainer.Builder tb, Settings s, double costTolerance) {
        String which = s.getString("final_optimizer").trim().toLowerCase(java.util.Locale.ROOT);
        switch (which) {
            case "lm" -> tb.levenbergMarquardt(LevenbergMarquardt.builder(s.getInt("lm_iterations"))
                    .withGradientTolerance(0).withStepTolerance(1e-14).withCostTolerance(costTolerance).build());
            case "lbfgs" -> tb.lbfgs(Lbfgs.builder(s.getInt("lbfgs_iterations"))
                    .withGradientTolerance(0).withFunctionTolerance(0).build());
            default -> throw new IllegalArgumentException("setting final_optimizer: '" + which
                    + "' is not known; use lm or lbfgs");
        }
    }

    /** Parses "50,50,50" into widths. */
    static int[] widths(String text) {
        String[] parts = text.split(",");
        int[] w = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                w[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hidden widths must be comma-separated integers such as 50,50,50, got '"
                        + text + "'");
            }
        }
        return w;
    }
}
