package org.sciml4j.core.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One L-BFGS run of {@link Lbfgs} on an objective, advanced one iteration at a time by
 * {@link #iterateInPlace}; x (the caller's array) is updated in place at each accepted iteration
 * and always holds the best point found (the current iterate, with finite f and ∇f). Exposes its
 * {@link #state()} between iterations for checkpoints. Not thread-safe.
 */
public final class LbfgsRun {

    private final Lbfgs settings;
    private final Objective f;
    private final double[] x;
    private final int n;
    private final int m;
    private final double[][] sHist;
    private final double[][] yHist;
    private final double[] rho;
    private int count;
    private int head; // index of the oldest pair

    private LossValue loss;
    private final double[] g;
    private final double[] d;
    private final double[] alphaBuf;
    private final double[] xTrial;
    private final double[] gTrial;
    private final double[] xLo;
    private final double[] gLo;
    private LossValue lossLo;
    private LossValue lossTrial;

    private long iteration;
    private long evaluations;
    private StopReason stopReason;
    private String message = "";
    private final long t0 = System.nanoTime();

    LbfgsRun(Lbfgs settings, Objective f, double[] x, LbfgsState state) {
        this.settings = settings;
        this.f = f;
        this.x = x;
        this.n = x.length;
        this.m = settings.historySize();
        this.sHist = new double[m][];
        this.yHist = new double[m][];
        this.rho = new double[m];
        this.g = new double[n];
        this.d = new double[n];
        this.alphaBuf = new double[m];
        this.xTrial = new double[n];
        this.gTrial = new double[n];
        this.xLo = new double[n];
        this.gLo = new double[n];
        this.iteration = state.iteration();
        this.evaluations = state.evaluations();
        List<double[]> s = state.s();
        List<double[]> y = state.y();
        for (int i = Math.max(0, s.size() - m); i < s.size(); i++) {
            push(s.get(i), y.get(i));
        }
        loss = f.evaluateLoss(x, g);
        if (state.equals(LbfgsState.initial())) {
            evaluations++; // a resumed run re-evaluates the saved point; that evaluation was counted before saving
        }
        if (!loss.isFinite() || !Checks.allFinite(g)) {
            stop(StopReason.NON_FINITE, "L-BFGS: " + (loss.isFinite() ? "gradient" : "loss") + " is not finite at the "
                    + "starting point (loss " + loss.total() + ")");
        } else if (Checks.norm2(g) <= settings.gradientTolerance()) {
            stop(StopReason.GRADIENT_TOLERANCE, "L-BFGS: gradient norm " + Checks.norm2(g) + " <= tolerance at start");
        }
    }

    /**
     * Performs one iteration (direction, line search, history update), moving x in place, and
     * reports it to the listener.
     *
     * @return true when the run may continue, false when it has stopped (see {@link #stopReason()})
     */
    public boolean iterateInPlace(IterationListener listener) {
        if (stopReason != null) {
            return false;
        }
        if (iteration >= settings.maxIterations()) {
            stop(StopReason.MAX_ITERATIONS, "L-BFGS: " + iteration + " iterations done (limit)");
            return false;
        }
        if (evaluations >= settings.maxEvaluations()) {
            stop(StopReason.MAX_EVALUATIONS, "L-BFGS: " + evaluations + " evaluations done (limit)");
            return false;
        }
        double gNorm = Checks.norm2(g);
        boolean steepest = count == 0;
        computeDirection();
        double slope = Checks.dot(g, d);
        if (!(slope < 0) || !Double.isFinite(slope)) {
            clearHistory();
            steepest = true;
            computeDirection();
            slope = Checks.dot(g, d);
        }
        double alpha0 = steepest ? Math.min(1.0, 1.0 / gNorm) : 1.0;
        double alpha = lineSearch(slope, alpha0);
        if (alpha <= 0 && !steepest && stopReason == null) {
            clearHistory();
            computeDirection();
            slope = Checks.dot(g, d);
            alpha = lineSearch(slope, Math.min(1.0, 1.0 / gNorm));
        }
        if (alpha <= 0) {
            if (stopReason == null) {
                stop(StopReason.LINE_SEARCH_FAILED, "L-BFGS: line search found no decrease along steepest descent at "
                        + "iteration " + (iteration + 1) + " (loss " + loss.total() + ", gradient norm " + gNorm
                        + "); probably at the limit of floating-point accuracy");
            }
            return false;
        }
        double fOld = loss.total();
        double[] s = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = xTrial[i] - x[i];
            y[i] = gTrial[i] - g[i];
        }
        double sy = Checks.dot(s, y);
        double yy = Checks.dot(y, y);
        if (sy > 2.220446049250313e-16 * yy && sy > 0) {
            push(s, y);
        }
        System.arraycopy(xTrial, 0, x, 0, n);
        System.arraycopy(gTrial, 0, g, 0, n);
        loss = lossTrial;
        iteration++;
        double stepNorm = Checks.norm2(s);
        double newGradNorm = Checks.norm2(g);
        listener.iteration(new IterationInfo("lbfgs", iteration, loss, newGradNorm, stepNorm, alpha, true, evaluations,
                seconds()));
        double fNew = loss.total();
        if (newGradNorm <= settings.gradientTolerance()) {
            stop(StopReason.GRADIENT_TOLERANCE, "L-BFGS: gradient norm " + newGradNorm + " <= " + settings.gradientTolerance());
        } else if (Math.abs(fOld - fNew) <= settings.functionTolerance() * Math.max(Math.abs(fOld), Math.abs(fNew))) {
            stop(StopReason.FUNCTION_TOLERANCE, "L-BFGS: relative loss change " + Math.abs(fOld - fNew)
                    / Math.max(Math.abs(fOld), Math.abs(fNew)) + " <= " + settings.functionTolerance());
        } else if (stepNorm <= settings.stepTolerance() * (1 + Checks.norm2(x))) {
            stop(StopReason.STEP_TOLERANCE, "L-BFGS: step norm " + stepNorm + " <= tolerance");
        } else if (iteration >= settings.maxIterations()) {
            stop(StopReason.MAX_ITERATIONS, "L-BFGS: " + iteration + " iterations done (limit)");
        } else if (evaluations >= settings.maxEvaluations()) {
            stop(StopReason.MAX_EVALUATIONS, "L-BFGS: " + evaluations + " evaluations done (limit)");
        }
        return stopReason == null;
    }

    /** Two-loop recursion: d = −H g. */
    private void computeDirection() {
        for (int i = 0; i < n; i++) {
            d[i] = -g[i];
        }
        for (int k = count - 1; k >= 0; k--) {
            int j = (head + k) % m;
            double a = rho[j] * Checks.dot(sHist[j], d);
            alphaBuf[j] = a;
            double[] y = yHist[j];
            for (int i = 0; i < n; i++) {
                d[i] -= a * y[i];
            }
        }
        if (count > 0) {
            int last = (head + count - 1) % m;
            double gamma = Checks.dot(sHist[last], yHist[last]) / Checks.dot(yHist[last], yHist[last]);
            for (int i = 0; i < n; i++) {
                d[i] *= gamma;
            }
        }
        for (int k = 0; k < count; k++) {
            int j = (head + k) % m;
            double b = rho[j] * Checks.dot(yHist[j], d);
            double c = alphaBuf[j] - b;
            double[] s = sHist[j];
            for (int i = 0; i < n; i++) {
                d[i] += c * s[i];
            }
        }
    }

    /**
     * Strong-Wolfe line search along d from x. On success returns α &gt; 0 with the point in
     * xTrial/gTrial/lossTrial; returns 0 on failure (x unchanged).
     */
    private double lineSearch(double slope0, double alphaInit) {
        final double f0 = loss.total();
        final double c1 = settings.c1();
        final double c2 = settings.c2();
        int budget = settings.maxLineSearchEvaluations();
        double aPrev = 0;
        double fPrev = f0;
        double dPrev = slope0;
        boolean haveLo = false; // an Armijo point other than 0 stored in xLo
        double alpha = alphaInit;
        int evals = 0;
        while (evals < budget && evaluations < settings.maxEvaluations()) {
            double fa = evalAt(alpha);
            evals++;
            double da = Checks.dot(gTrial, d);
            if (!Double.isFinite(fa) || !Double.isFinite(da)) {
                alpha = aPrev + 0.25 * (alpha - aPrev);
                continue;
            }
            if (fa > f0 + c1 * alpha * slope0 || (evals > 1 && fa >= fPrev)) {
                return zoom(aPrev, fPrev, dPrev, alpha, fa, da, f0, slope0, budget - evals, haveLo);
            }
            if (Math.abs(da) <= -c2 * slope0) {
                return alpha;
            }
            saveLo(fa);
            haveLo = true;
            if (da >= 0) {
                return zoom(alpha, fa, da, aPrev, fPrev, dPrev, f0, slope0, budget - evals, true);
            }
            aPrev = alpha;
            fPrev = fa;
            dPrev = da;
            alpha = Math.min(alpha * 4, 1e20);
        }
        return haveLo ? restoreLo(aPrev) : failBudget();
    }

    private double zoom(double lo, double fLo, double dLo, double hi, double fHi, double dHi, double f0, double slope0,
                        int budget, boolean haveLo) {
        final double c1 = settings.c1();
        final double c2 = settings.c2();
        boolean hiFinite = true;
        int evals = 0;
        while (evals < budget && evaluations < settings.maxEvaluations()) {
            double width = Math.abs(hi - lo);
            if (width <= 1e-16 * Math.max(Math.abs(lo), Math.abs(hi))) {
                break;
            }
            double a = hiFinite ? cubicMinimizer(lo, fLo, dLo, hi, fHi, dHi) : Double.NaN;
            double lower = Math.min(lo, hi) + 0.1 * width;
            double upper = Math.max(lo, hi) - 0.1 * width;
            if (!(a >= lower && a <= upper)) {
                a = 0.5 * (lo + hi);
            }
            double fa = evalAt(a);
            evals++;
            double da = Checks.dot(gTrial, d);
            if (!Double.isFinite(fa) || !Double.isFinite(da)) {
                hi = a;
                hiFinite = false;
                continue;
            }
            if (fa > f0 + c1 * a * slope0 || fa >= fLo) {
                hi = a;
                fHi = fa;
                dHi = da;
                hiFinite = true;
            } else {
                if (Math.abs(da) <= -c2 * slope0) {
                    return a;
                }
                if (da * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dHi = dLo;
                    hiFinite = true;
                }
                lo = a;
                fLo = fa;
                dLo = da;
                saveLo(fa);
                haveLo = true;
            }
        }
        // No strong-Wolfe point within budget: accept the best Armijo point, if any.
        return haveLo && lo > 0 ? restoreLo(lo) : failBudget();
    }

    private double failBudget() {
        if (evaluations >= settings.maxEvaluations()) {
            stop(StopReason.MAX_EVALUATIONS, "L-BFGS: evaluation budget " + settings.maxEvaluations()
                    + " spent inside a line search at iteration " + (iteration + 1));
        }
        return 0;
    }

    private void saveLo(double fa) {
        System.arraycopy(xTrial, 0, xLo, 0, n);
        System.arraycopy(gTrial, 0, gLo, 0, n);
        lossLo = lossTrial;
    }

    private double restoreLo(double alpha) {
        System.arraycopy(xLo, 0, xTrial, 0, n);
        System.arraycopy(gLo, 0, gTrial, 0, n);
        lossTrial = lossLo;
        return alpha;
    }

    /** Minimizer of the cubic interpolating f and f' at a and b (N&amp;W eq. 3.59); NaN if none. */
    private static double cubicMinimizer(double a, double fa, double da, double b, double fb, double db) {
        double d1 = da + db - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - da * db;
        if (!(disc >= 0)) {
            return Double.NaN;
        }
        double d2 = Math.signum(b - a) * Math.sqrt(disc);
        double den = db - da + 2 * d2;
        if (den == 0) {
            return Double.NaN;
        }
        return b - (b - a) * (db + d2 - d1) / den;
    }

    private double evalAt(double alpha) {
        for (int i = 0; i < n; i++) {
            xTrial[i] = x[i] + alpha * d[i];
        }
        lossTrial = f.evaluateLoss(xTrial, gTrial);
        evaluations++;
        if (!lossTrial.isFinite() || !Checks.allFinite(gTrial)) {
            return Double.NaN;
        }
        return lossTrial.total();
    }

    private void push(double[] s, double[] y) {
        int j;
        if (count < m) {
            j = (head + count) % m;
            count++;
        } else {
            j = head;
            head = (head + 1) % m;
        }
        sHist[j] = s.clone();
        yHist[j] = y.clone();
        rho[j] = 1.0 / Checks.dot(s, y);
    }

    private void clearHistory() {
        count = 0;
        head = 0;
    }

    private void stop(StopReason reason, String why) {
        stopReason = reason;
        message = why;
    }

    private double seconds() {
        return (System.nanoTime() - t0) * 1e-9;
    }

    /** Why the run stopped, or empty while it may continue. */
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** Loss at the current x. */
    public LossValue loss() {
        return loss;
    }

    /** A copy of ∇f at the current x. */
    public double[] gradient() {
        return g.clone();
    }

    public long iterations() {
        return iteration;
    }

    public long evaluations() {
        return evaluations;
    }

    /** A snapshot of counters and curvature history for checkpoints. */
    public LbfgsState state() {
        List<double[]> s = new ArrayList<>();
        List<double[]> y = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int j = (head + k) % m;
            s.add(sHist[j]);
            y.add(yHist[j]);
        }
        return new LbfgsState(iteration, evaluations, s, y);
    }

    /** The result so far (reason MAX_ITERATIONS with a note if the run has not stopped yet). */
    public OptimizationResult result() {
        StopReason r = stopReason == null ? StopReason.MAX_ITERATIONS : stopReason;
        String msg = stopReason == null ? "L-BFGS: interrupted after " + iteration + " iterations" : message;
        return new OptimizationResult(r, loss, Checks.norm2(g), iteration, evaluations, seconds(), msg);
    }
}
