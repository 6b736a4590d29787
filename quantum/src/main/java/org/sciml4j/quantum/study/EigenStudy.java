package org.sciml4j.quantum.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.core.study.FigureData;
import org.sciml4j.core.study.RunRecord;
import org.sciml4j.core.study.Settings;
import org.sciml4j.core.study.Study;
import org.sciml4j.core.study.StudyContext;
import org.sciml4j.quantum.eigen.EigenErrors;
import org.sciml4j.quantum.eigen.EigenProblem1D;
import org.sciml4j.quantum.eigen.LevelHistory;
import org.sciml4j.quantum.eigen.PinnEigenResult;
import org.sciml4j.quantum.eigen.PinnEigenstate;
import org.sciml4j.quantum.eigen.PinnEigensolver;
import org.sciml4j.quantum.eigen.QuantumException;
import org.sciml4j.validation.analytic.Eigenstate1D;

/**
 * A quantum-well PINN study: trains the lowest levels of one {@link EigenCase} with
 * {@link PinnEigensolver} (Rayleigh–Ritz start, Levenberg–Marquardt with E trained) and compares
 * each level with the exact state. The record holds errors {@code energy_rel_error} and
 * {@code psi_rel_l2} (worst level) and per level, the wall times, a LossHistory figure (levels
 * marked as phases), a ParameterTrace of E per level with the exact value, and a Curves figure per
 * level (ψ against the reference, with the pointwise error). Stateless, thread-safe.
 */
public final class EigenStudy implements Study {

    private static final int CURVE_POINTS = 401;

    private final EigenCase kase;

    /** The study of one case. */
    public EigenStudy(EigenCase kase) {
        this.kase = Objects.requireNonNull(kase, "case");
    }

    @Override
    public String name() {
        return kase.studyName();
    }

    @Override
    public String description() {
        return kase.description();
    }

    @Override
    public Settings defaults() {
        Settings s = Settings.empty()
                .define("levels", 3, "number of levels trained, from the ground state up")
                .define("hidden_width", kase.defaultHiddenWidth(), "hidden width of each tanh network")
                .define("nodes_per_piece", 64, "Gauss-Legendre collocation/quadrature nodes per piece between jumps of V")
                .define("lm_iterations", kase.defaultIterations(), "Levenberg-Marquardt trial steps per level")
                .define("split_at_jumps", true, "one network per piece between jumps of V, joined by C1 continuity residuals")
                .define("lm_damping", kase.defaultDamping().name(), "Levenberg-Marquardt damping: IDENTITY or JACOBIAN_DIAGONAL");
        return kase.define(s);
    }

    @Override
    public RunRecord run(StudyContext ctx) {
        Settings s = ctx.settings();
        EigenProblem1D problem = kase.problem(s);
        IntFunction<Eigenstate1D> ref = kase.reference(s);
        int levels = s.getInt("levels");
        PinnEigensolver solver = builder(s, problem).build();
        RunRecord.Builder rec = RunRecord.builder(name()).seed(ctx.seed()).config(s.values());
        rec.config("trial", "psi = (x-a)(b-x)/h^2 * exp(-alpha x^2/2) * N(x), N = one tanh layer per piece");
        rec.config("start", "Rayleigh-Ritz in the random-feature basis of the initial network (no reference used)");
        PinnEigenResult res = solver.solve(levels, new SplittableRandom(ctx.seed()), ctx.progress());

        double worstE = 0;
        double worstPsi = 0;
        Map<String, double[]> lossSeries = new LinkedHashMap<>();
        List<double[]> itAll = new ArrayList<>();
        List<FigureData.PhaseMark> marks = new ArrayList<>();
        int offset = 0;
        for (int n = 0; n < levels; n++) {
            PinnEigenstate st = res.states().get(n);
            Eigenstate1D r = ref.apply(n);
            EigenErrors err = EigenErrors.compare(st, r, problem);
            worstE = Math.max(worstE, err.energyRelError());
            worstPsi = Math.max(worstPsi, err.psiRelL2());
            rec.error("energy_rel_error_level" + n, err.energyRelError());
            rec.error("psi_rel_l2_level" + n, err.psiRelL2());
            rec.metric("energy_level" + n, st.energy());
            rec.metric("energy_exact_level" + n, r.energy());
            rec.metric("ritz_energy_level" + n, res.ritzEnergies()[n]);
            int nodes = interiorNodes(problem, st);
            rec.metric("nodes_level" + n, nodes);
            if (nodes != n) {
                rec.log("WARNING level " + n + ": the trained state has " + nodes + " interior nodes, expected " + n
                        + " (LM left the level, or psi collapsed); compare E with the Ritz start "
                        + res.ritzEnergies()[n]);
            }
            LevelHistory h = res.histories().get(n);
            rec.metric("lm_iterations_level" + n, h.iterations()[h.iterations().length - 1]);
            rec.timing("level" + n, h.seconds());
            rec.log(String.format("level %d: E = %.15g (exact %.15g), energy rel error %.3e, psi rel L2 %.3e, "
                    + "%.2f s, LM stop %s", n, st.energy(), r.energy(), err.energyRelError(), err.psiRelL2(),
                    h.seconds(), h.stopReason()));
            marks.add(new FigureData.PhaseMark(offset, "level " + n + " (LM)"));
            for (int i = 0; i < h.iterations().length; i++) {
                itAll.add(new double[] {offset + h.iterations()[i], h.loss()[i], h.residual()[i]});
            }
            offset += (int) h.iterations()[h.iterations().length - 1] + 1;
            rec.figure(new FigureData.ParameterTrace("energy-level" + n, "E of level " + n + " against LM iteration",
                    "E", h.iterations(), h.energy(), r.energy()));
            rec.figure(curves(problem, st, r, "psi-level" + n, "psi of level " + n + ": PINN vs exact"));
        }
        double[] it = new double[itAll.size()];
        double[] tot = new double[it.length];
        double[] resid = new double[it.length];
        for (int i = 0; i < it.length; i++) {
            it[i] = itAll.get(i)[0];
            tot[i] = itAll.get(i)[1];
            resid[i] = itAll.get(i)[2];
        }
        lossSeries.put("total", tot);
        lossSeries.put("pde residual", resid);
        rec.figure(new FigureData.LossHistory("loss", "Loss (0.5 |r|^2) per LM iteration, levels in turn", it,
                lossSeries, marks));
        rec.error("energy_rel_error", worstE);
        rec.error("psi_rel_l2", worstPsi);
        rec.metric("parameters_per_level", res.states().get(0).parameters().length);
        rec.timing("ritz", res.ritzSeconds());
        rec.timing("total", res.totalSeconds());

        if (kase == EigenCase.INFINITE_WELL && s.getBoolean("fixed_energy_run")) {
            Eigenstate1D r0 = ref.apply(0);
            PinnEigenResult fixed = builder(s, problem).withFixedEnergy(r0.energy()).build()
                    .solve(1, new SplittableRandom(ctx.seed()), ctx.progress());
            EigenErrors e = EigenErrors.compare(fixed.states().get(0), r0, problem);
            rec.error("fixed_energy_psi_rel_l2", e.psiRelL2());
            rec.timing("fixed_energy_run", fixed.totalSeconds());
            rec.log(String.format("ground state with E = pi^2 fixed: psi rel L2 %.3e, %.2f s", e.psiRelL2(),
                    fixed.totalSeconds()));
            rec.figure(curves(problem, fixed.states().get(0), r0, "psi-fixed-energy",
                    "ground state with E = pi^2 fixed: PINN vs exact"));
        }
        return rec.build();
    }

    private PinnEigensolver.Builder builder(Settings s, EigenProblem1D problem) {
        return PinnEigensolver.builder(problem)
                .withHiddenWidth(s.getInt("hidden_width"))
                .withNodesPerPiece(s.getInt("nodes_per_piece"))
                .withMaxIterations(s.getInt("lm_iterations"))
                .withSplitAtJumps(s.getBoolean("split_at_jumps"))
                .withDamping(damping(s.getString("lm_damping")))
                .withGaussianDecay(kase.decay(s), 0.5 * (problem.a() + problem.b()));
    }

    /** Sign changes of ψ on a fine grid, ignoring samples with |ψ| below 1e-3 max|ψ| (tails at the accuracy level). */
    static int interiorNodes(EigenProblem1D problem, Eigenstate1D st) {
        int m = 4001;
        double[] v = new double[m];
        double max = 0;
        for (int i = 0; i < m; i++) {
            v[i] = st.value(problem.a() + problem.length() * (i + 0.5) / m);
            max = Math.max(max, Math.abs(v[i]));
        }
        int count = 0;
        double last = 0;
        for (int i = 0; i < m; i++) {
            if (Math.abs(v[i]) > 1e-3 * max) {
                if (last != 0 && Math.signum(v[i]) != Math.signum(last)) {
                    count++;
                }
                last = v[i];
            }
        }
        return count;
    }

    private static LevenbergMarquardt.Damping damping(String name) {
        try {
            return LevenbergMarquardt.Damping.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QuantumException("setting lm_damping: unknown damping '" + name + "'; use one of "
                    + java.util.Arrays.toString(LevenbergMarquardt.Damping.values()));
        }
    }

    private static FigureData.Curves curves(EigenProblem1D problem, Eigenstate1D st, Eigenstate1D ref, String id,
                                            String title) {
        double[] x = new double[CURVE_POINTS];
        double[] p = new double[CURVE_POINTS];
        double[] q = new double[CURVE_POINTS];
        double dot = 0;
        for (int i = 0; i < CURVE_POINTS; i++) {
            x[i] = problem.a() + problem.length() * i / (CURVE_POINTS - 1);
            p[i] = st.value(x[i]);
            q[i] = ref.value(x[i]);
            dot += p[i] * q[i];
        }
        if (dot < 0) {
            for (int i = 0; i < CURVE_POINTS; i++) {
                p[i] = -p[i];
            }
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("PINN", p);
        series.put("exact", q);
        return new FigureData.Curves(id, title, "x", "psi", x, series, true);
    }
}
