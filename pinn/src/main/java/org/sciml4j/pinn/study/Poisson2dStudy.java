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
import org.sciml4j.pinn.HardConstraint;
import org.sciml4j.pinn.Pde;
import org.sciml4j.pinn.PinnModel;
import org.sciml4j.pinn.PinnProblem;
import org.sciml4j.pinn.Trainer;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.sampling.Samplers;
import org.sciml4j.validation.metrics.Errors;

/**
 * −Δu = 2π² sin(πx) sin(πy) on the unit square, u = 0 on the walls, exact u = sin(πx) sin(πy).
 * Hard constraint u = x(1−x)y(1−y)·N(x, y), tanh MLP, Adam then Levenberg–Marquardt.
 */
final class Poisson2dStudy implements Study {

    @Override
    public String name() {
        return "poisson-2d";
    }

    @Override
    public String description() {
        return "PINN for -Laplace u = 2 pi^2 sin(pi x) sin(pi y) on the unit square, hard BC, Adam then LM";
    }

    @Override
    public Settings defaults() {
        return Settings.empty()
                .define("hidden", "20,20,20", "hidden layer widths")
                .define("points", 1024, "interior collocation points (Sobol)")
                .define("adam_steps", 300, "Adam steps before LM")
                .define("learning_rate", 2e-3, "Adam learning rate")
                .define("final_optimizer", "lm", "second phase: lm (Levenberg-Marquardt) or lbfgs")
                .define("lbfgs_iterations", 5000, "L-BFGS iterations (max) when final_optimizer=lbfgs")
                .define("lm_iterations", 200, "Levenberg-Marquardt trial steps (max)")
                .define("eval_grid", 101, "evaluation grid per axis");
    }

    @Override
    public RunRecord run(StudyContext ctx) {
        Settings s = ctx.settings();
        long t0 = System.nanoTime();
        double pi2 = 2 * Math.PI * Math.PI;
        Pde pde = Pde.scalar(2, (x, u, p) -> u.laplacian().neg()
                .minus(pi2 * Math.sin(Math.PI * x[0]) * Math.sin(Math.PI * x[1])));
        PinnProblem problem = PinnProblem.builder(Geometry.rectangle(0, 1, 0, 1), pde)
                .withCollocation(Samplers.sobol(), s.getInt("points"))
                .withHardConstraint(HardConstraint.zeroOnBox(new double[] {0, 0}, new double[] {1, 1}))
                .withSeed(ctx.seed())
                .build();
        PinnModel model = PinnModel.mlp(problem, PinnStudies.widths(s.getString("hidden")),
                new SplittableRandom(ctx.seed()));
        int ng = s.getInt("eval_grid");
        double[][] xe = new double[ng * ng][];
        double[] exact = new double[ng * ng];
        for (int j = 0; j < ng; j++) {
            for (int i = 0; i < ng; i++) {
                double x = i / (double) (ng - 1);
                double y = j / (double) (ng - 1);
                xe[j * ng + i] = new double[] {x, y};
                exact[j * ng + i] = Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
            }
        }
        Trainer trainer = PinnStudies.trainer(s, 1e-26, 25, xe, exact, ctx.progress());
        long t1 = System.nanoTime();
        Trainer.Result res = trainer.train(model);
        double[] pred = model.predictField(xe);
        double err = Errors.relL2(pred, exact);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        ctx.progress().log(String.format("poisson-2d: relative L2 error %.3e in %.1f s", err, seconds));
        double[] abs = new double[pred.length];
        for (int i = 0; i < abs.length; i++) {
            abs[i] = Math.abs(pred[i] - exact[i]);
        }
        Map<String, double[]> panels = new LinkedHashMap<>();
        panels.put("PINN", pred);
        panels.put("exact", exact);
        panels.put("|error|", abs);
        RunRecord.Builder rb = RunRecord.builder(name()).seed(ctx.seed()).config(s.values())
                .config("network", "2-" + s.getString("hidden").replace(',', '-') + "-1 tanh float64")
                .config("parameters", model.parameterCount())
                .config("constraint", "hard: u = x(1-x)y(1-y) N(x,y)")
                .error("rel_l2", err)
                .error("max_abs", Errors.maxAbs(pred, exact))
                .metric("iterations", res.iterations())
                .metric("final_loss", res.finalLoss().total())
                .timing("setup", (t1 - t0) * 1e-9)
                .timing("training", res.seconds())
                .timing("total", seconds)
                .figure(res.history().toFigure("loss", "Poisson 2-D: training loss"))
                .figure(new FigureData.Fields("fields", "Poisson 2-D: PINN, exact, |error|", ng, ng, 0, 1, 0, 1, panels));
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
