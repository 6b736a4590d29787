package org.sciml4j.core.optim;

import java.util.Arrays;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One run of {@link LevenbergMarquardt}, advanced one trial step at a time by
 * {@link #iterateInPlace}. The caller's x is updated in place at each accepted step and always
 * holds the accepted point (finite cost). Memory: J (M·P doubles; twice that with
 * {@link LevenbergMarquardt.Damping#JACOBIAN_DIAGONAL}, which keeps a scaled copy) plus the
 * Gram matrix of the chosen form (P² or M²). Not thread-safe.
 */
public final class LevenbergMarquardtRun {

    private static final double DAMPING_LIMIT = 1e300;

    private final LevenbergMarquardt settings;
    private final LeastSquaresProblem problem;
    private final double[] x;
    private final int rows;
    private final int cols;
    private final boolean dual;

    private final double[] r;
    private final double[] rTrial;
    private final double[] xTrial;
    private final DMatrixRMaj jacobian;
    private final DMatrixRMaj scaled;
    private final DMatrixRMaj gram;
    private final DMatrixRMaj work;
    private final double[] rhs;
    private final DMatrixRMaj sol;
    private final DMatrixRMaj stepScaled;
    private final DenseKernels.Spd cholesky;
    private final double[] g;
    private final double[] gScaled;
    private final double[] d;

    private LossValue loss;
    private double lambda;
    private double nu;
    private long iteration;
    private long evaluations;
    private long jacobians;
    private StopReason stopReason;
    private String message = "";
    private final long t0 = System.nanoTime();

    LevenbergMarquardtRun(LevenbergMarquardt settings, LeastSquaresProblem problem, double[] x, LmState state) {
        this.settings = settings;
        this.problem = problem;
        this.x = x;
        this.rows = problem.residualCount();
        this.cols = problem.parameterCount();
        this.dual = switch (settings.form()) {
            case AUTO -> rows < cols;
            case PRIMAL -> false;
            case DUAL -> true;
        };
        int size = dual ? rows : cols;
        this.r = new double[rows];
        this.rTrial = new double[rows];
        this.xTrial = new double[cols];
        this.jacobian = new DMatrixRMaj(rows, cols);
        this.scaled = settings.damping() == LevenbergMarquardt.Damping.IDENTITY ? jacobian : new DMatrixRMaj(rows, cols);
        this.gram = new DMatrixRMaj(size, size);
        this.work = new DMatrixRMaj(size, size);
        this.rhs = new double[size];
        this.sol = new DMatrixRMaj(size, 1);
        this.stepScaled = new DMatrixRMaj(cols, 1);
        this.cholesky = DenseKernels.spd(size, settings.useNativeBlas());
        this.g = new double[cols];
        this.gScaled = new double[cols];
        this.d = new double[cols];
        double[] savedScaling = state.scaling();
        if (savedScaling.length == cols) {
            System.arraycopy(savedScaling, 0, d, 0, cols);
        } else {
            Arrays.fill(d, settings.damping() == LevenbergMarquardt.Damping.IDENTITY ? 1.0 : 0.0);
        }
        this.lambda = state.lambda();
        this.nu = state.nu();
        this.iteration = state.iteration();
        this.evaluations = state.evaluations();
        this.jacobians = state.jacobians();
        boolean fresh = state.equals(LmState.initial());
        linearize();
        if (!fresh) {
            evaluations--; // the saved point's evaluation was counted before saving
            jacobians--;
        }
    }

    /** Evaluates r and J at x and prepares the scaled Jacobian, gradient and Gram matrix. */
    private void linearize() {
        jacobian.reshape(rows, cols);
        problem.evaluate(x, r, jacobian);
        evaluations++;
        jacobians++;
        loss = problem.cost(r);
        if (!loss.isFinite() || !Checks.allFinite(jacobian.data)) {
            stop(StopReason.NON_FINITE, "Levenberg-Marquardt: " + (loss.isFinite() ? "Jacobian" : "residual")
                    + " contains NaN or infinity at the current point (iteration " + iteration + ")");
            return;
        }
        double[] jd = jacobian.data;
        Arrays.fill(g, 0);
        double[] colSq = new double[cols];
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double ri = r[i];
            for (int k = 0; k < cols; k++) {
                double v = jd[row + k];
                g[k] += v * ri;
                colSq[k] += v * v;
            }
        }
        if (settings.damping() == LevenbergMarquardt.Damping.JACOBIAN_DIAGONAL) {
            for (int k = 0; k < cols; k++) {
                double c = Math.sqrt(colSq[k]);
                d[k] = Math.max(d[k], c);
                if (d[k] == 0) {
                    d[k] = 1;
                }
            }
        }
        if (scaled != jacobian) {
            double[] sd = scaled.data;
            for (int i = 0; i < rows; i++) {
                int row = i * cols;
                for (int k = 0; k < cols; k++) {
                    sd[row + k] = jd[row + k] / d[k];
                }
            }
        }
        double maxDiag = 0;
        for (int k = 0; k < cols; k++) {
            gScaled[k] = g[k] / d[k];
            maxDiag = Math.max(maxDiag, colSq[k] / (d[k] * d[k]));
        }
        DenseKernels.gram(scaled, dual, gram, settings.useNativeBlas());
        if (lambda == 0) {
            lambda = settings.initialDampingFactor() * (maxDiag > 0 ? maxDiag : 1.0);
        }
        double gInf = Checks.normInf(g);
        if (gInf <= settings.gradientTolerance()) {
            stop(StopReason.GRADIENT_TOLERANCE, "Levenberg-Marquardt: gradient max-norm " + gInf + " <= "
                    + settings.gradientTolerance());
        } else if (loss.total() <= settings.costTolerance()) {
            stop(StopReason.COST_TOLERANCE, "Levenberg-Marquardt: cost " + loss.total() + " <= " + settings.costTolerance());
        }
    }

    /**
     * Performs one trial step: solve for δ with the current λ, evaluate the residuals at x + δ,
     * accept (x moves, J is re-evaluated) or reject, update λ, and report.
     *
     * @return true when the run may continue, false when it has stopped
     */
    public boolean iterateInPlace(IterationListener listener) {
        if (stopReason != null) {
            return false;
        }
        if (iteration >= settings.maxIterations()) {
            stop(StopReason.MAX_ITERATIONS, "Levenberg-Marquardt: " + iteration + " iterations done (limit)");
            return false;
        }
        double lambdaUsed = lambda;
        boolean accepted = false;
        double stepNorm = 0;
        if (solveStep()) {
            double[] ds = stepScaled.data;
            double s2 = 0;
            double xn = 0;
            for (int k = 0; k < cols; k++) {
                double dk = ds[k] / d[k];
                xTrial[k] = x[k] + dk;
                s2 += dk * dk;
                xn += x[k] * x[k];
            }
            stepNorm = Math.sqrt(s2);
            double tol = settings.stepTolerance();
            if (stepNorm <= tol * (Math.sqrt(xn) + tol)) {
                stop(StopReason.STEP_TOLERANCE, "Levenberg-Marquardt: step norm " + stepNorm + " <= tolerance at λ = "
                        + lambdaUsed);
                return false;
            }
            problem.evaluate(xTrial, rTrial, null);
            evaluations++;
            double fNew = 0.5 * Checks.dot(rTrial, rTrial);
            double fOld = loss.total();
            double pred = 0.5 * (lambdaUsed * Checks.dot(ds, ds) - Checks.dot(ds, gScaled));
            double rho = (fOld - fNew) / pred;
            if (Double.isFinite(fNew) && Checks.allFinite(rTrial) && pred > 0 && rho > 0) {
                accepted = true;
                System.arraycopy(xTrial, 0, x, 0, cols);
                double t = 2 * rho - 1;
                lambda *= Math.max(1.0 / 3.0, 1 - t * t * t);
                nu = 2;
                iteration++;
                linearize();
                if (stopReason == null && fOld - loss.total() <= settings.functionTolerance() * fOld) {
                    stop(StopReason.FUNCTION_TOLERANCE, "Levenberg-Marquardt: cost decrease " + (fOld - loss.total())
                            + " <= " + settings.functionTolerance() + " x cost");
                }
            }
        }
        if (!accepted) {
            iteration++;
            lambda *= nu;
            nu *= 2;
            if (!(lambda < DAMPING_LIMIT) || !Double.isFinite(nu)) {
                stop(StopReason.DAMPING_LIMIT, "Levenberg-Marquardt: damping exceeded " + DAMPING_LIMIT
                        + " without an improving step (cost " + loss.total() + ")");
            }
        }
        listener.iteration(new IterationInfo("levenberg-marquardt", iteration, loss, Checks.norm2(g),
                accepted ? stepNorm : 0, lambdaUsed, accepted, evaluations, seconds()));
        if (stopReason == null && iteration >= settings.maxIterations()) {
            stop(StopReason.MAX_ITERATIONS, "Levenberg-Marquardt: " + iteration + " iterations done (limit)");
        }
        return stopReason == null;
    }

    /** Solves for the scaled step δ̃ into stepScaled; false if the matrix is not numerically SPD. */
    private boolean solveStep() {
        work.setTo(gram);
        int size = work.numRows;
        for (int i = 0; i < size; i++) {
            work.data[i * size + i] += lambda;
        }
        if (!cholesky.factor(work)) {
            return false;
        }
        if (dual) {
            System.arraycopy(r, 0, rhs, 0, rows);
            cholesky.solveInPlace(rhs);
            System.arraycopy(rhs, 0, sol.data, 0, rows);
            CommonOps_DDRM.multTransA(scaled, sol, stepScaled);
            CommonOps_DDRM.scale(-1, stepScaled);
        } else {
            for (int k = 0; k < cols; k++) {
                rhs[k] = -gScaled[k];
            }
            cholesky.solveInPlace(rhs);
            System.arraycopy(rhs, 0, stepScaled.data, 0, cols);
        }
        return Checks.allFinite(stepScaled.data);
    }

    private void stop(StopReason reason, String why) {
        if (stopReason == null) {
            stopReason = reason;
            message = why;
        }
    }

    private double seconds() {
        return (System.nanoTime() - t0) * 1e-9;
    }

    /** True when the dual (M×M) system is used. */
    public boolean usesDualForm() {
        return dual;
    }

    /** Why the run stopped, or empty while it may continue. */
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** Cost ½‖r‖² (with components) at the current x. */
    public LossValue loss() {
        return loss;
    }

    /** A copy of the residuals at the current x. */
    public double[] residuals() {
        return r.clone();
    }

    /** A copy of ∇F = Jᵀr at the current x. */
    public double[] gradient() {
        return g.clone();
    }

    /** The damping λ for the next trial. */
    public double damping() {
        return lambda;
    }

    public long iterations() {
        return iteration;
    }

    /** A snapshot for checkpoints. */
    public LmState state() {
        double[] sc = settings.damping() == LevenbergMarquardt.Damping.IDENTITY ? new double[0] : d.clone();
        return new LmState(iteration, evaluations, jacobians, lambda, nu, sc);
    }

    /** The result so far. */
    public OptimizationResult result() {
        StopReason reason = stopReason == null ? StopReason.MAX_ITERATIONS : stopReason;
        String msg = stopReason == null ? "Levenberg-Marquardt: interrupted after " + iteration + " iterations" : message;
        return new OptimizationResult(reason, loss, Checks.norm2(g), iteration, evaluations, seconds(), msg);
    }
}
