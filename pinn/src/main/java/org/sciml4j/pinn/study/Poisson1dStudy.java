package org.sciml4j.pinn.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.pinn.Conditions;
import org.sciml4j.pinn.Pde;
import org.sciml4j.pinn.PinnModel;
import org.sciml4j.pinn.PinnProblem;
import org.sciml4j.pinn.Trainer;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.geometry.Interval;
import org.sciml4j.pinn.sampling.Samplers;
import org.sciml4j.validation.metrics.Errors;

/**
 * −u″ = π² sin(πx) on [0, 1], u(0) = u(1) = 0 (soft Dirichlet terms), exact u = sin(πx). A tanh
 * MLP 1-50-50-50-1 in float64 trained by Adam then Levenberg–Marquardt; the relative L2 error on
 * a 1001-point grid is logged as it falls.
 */
final class Poisson1dStudy implements Study {

    private final String name;
    private final String description;

    Poisson1dStudy(String name, String description) {
        this.name = name;
        this.description = description;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Settings defaults() {
        return Settings.empty()
                .define("hidden", "50,50,50", "hidden layer widths")
                .define("points", 64, "interior collocation points (Sobol)")
                .define("adam_steps", 500, "Adam steps before LM")
                .define("learning_rate", 2e-3, "Adam learning rate")
                .define("final_optimizer", "lm", "second phase: lm (Levenberg-Marquardt) or lbfgs")
                .define("lbfgs_iterations", 5000, "L-BFGS iterations (max) when final_optimizer=lbfgs")
                .define("lm_iterations", 400, "Levenberg-Marquardt trial steps (max)")
                .define("bc_weight", 1.0, "weight of the boundary terms")
                .define("eval_points", 1001, "uniform grid for the error");
    }

    static double[][] grid(int n) {
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = i / (double) (n - 1);
        }
        return x;
    }

    @Override
    public RunRecord run(StudyContext ctx) {
        Settings s = ctx.settings();
        long t0 = System.nanoTime();
        Interval dom = Geometry.interval(0, 1);
        Pde pde = Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(Math.PI * Math.PI * Math.sin(Math.PI * x[0])));
        PinnProblem problem = PinnProblem.builder(dom, pde)
                .withCollocation(Samplers.sobol(), s.getInt("points"))
                .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0).withWeight(s.getDouble("bc_weight")))
                .withCondition(Conditions.dirichlet(dom.right(), 1, x -> 0).withWeight(s.getDouble("bc_weight")))
                .withSeed(ctx.seed())
                .build();
        PinnModel model = PinnModel.mlp(problem, PinnStudies.widths(s.getString("hidden")),
                new SplittableRandom(ctx.seed()));
        int ne = s.getInt("eval_points");
        double[][] xe = grid(ne);
        double[] exact = new double[ne];
        for (int i = 0; i < ne; i++) {
            exact[i] = Math.sin(Math.PI * xe[i][0]);
        }
        Trainer trainer = PinnStudies.trainer(s, 1e-24, 50, xe, exact, ctx.progress());
        long t1 = System.nanoTime();
        Trainer.Result res = trainer.train(model);
        double[] pred = model.predictField(xe);
        double err = Errors.relL2(pred, exact);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        ctx.progress().log(String.format("%s: relative L2 error %.3e in %.1f s", name, err, seconds));
        double[] xs = new double[ne];
        for (int i = 0; i < ne; i++) {
            xs[i] = xe[i][0];
        }
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("PINN", pred);
        curves.put("exact sin(pi x)", exact);
        RunRecord.Builder rb = RunRecord.builder(name).seed(ctx.seed()).config(s.values())
                .config("network", "1-" + s.getString("hidden").replace(',', '-') + "-1 tanh float64")
                .config("parameters", model.parameterCount())
                .error("rel_l2", err)
                .error("rel_linf", Errors.relLinf(pred, exact))
                .metric("iterations", res.iterations())
                .metric("final_loss", res.finalLoss().total())
                .timing("setup", (t1 - t0) * 1e-9)
                .timing("training", res.seconds())
                .timing("total", seconds)
                .figure(res.history().toFigure("loss", "Poisson 1-D: training loss"))
                .figure(new FigureData.Curves("solution", "Poisson 1-D: PINN vs exact", "x", "u", xs, curves, true));
        for (String line : res.phaseReports()) {
            rb.log(line);
        }
        for (double[] row : res.history().monitored().getOrDefault("rel_l2", List.of())) {
            rb.log(String.format("iteration %d: rel_l2 %.3e", (long) row[0], row[1]));
        }
        rb.log(String.format("relative L2 error %.3e", err));
        return rb.build();
    }
}
