package org.sciml4j.quantum.eigen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.sciml4j.core.optim.IterationListener;
import org.sciml4j.core.optim.LeastSquaresProblem;
import org.sciml4j.core.optim.LevenbergMarquardt;
import org.sciml4j.core.optim.OptimizationResult;
import org.sciml4j.core.study.Progress;

/**
 * Physics-informed eigensolver for −ψ″ + V(x) ψ = E ψ on [a, b], ψ(a) = ψ(b) = 0 (units ħ²/2m = 1),
 * with the energy E a trained parameter, trained level after level in float64 by
 * Levenberg–Marquardt.
 *
 * <p><b>Trial function.</b> ψ = M(x) N_p(x) with M the {@link TrialEnvelope} (zero at the walls
 * exactly) and N_p a {@link TanhNetwork}. The domain is split at the jumps of V into pieces; by
 * default each piece has its own network (ψ is smooth on each piece, while ψ″ jumps at a jump of V
 * — a single smooth network cannot represent that), and continuity of ψ and ψ′ at the jumps is
 * imposed as residuals. With {@code splitAtJumps = false} one network covers [a, b] (quadrature is
 * still split at the jumps).
 *
 * <p><b>Residual vector</b> for level n (Gauss–Legendre nodes xᵢ, weights wᵢ on every piece, the
 * nodes being also the collocation points):
 * <pre>
 *   r = [ √wᵢ (−ψ″(xᵢ) + (V(xᵢ) − E) ψ(xᵢ))                    PDE residual, ½Σr² ≈ ½∫(Hψ − Eψ)²
 *         √w_I (ψ_L(p_j) − ψ_R(p_j)),  √w_I ℓ/π (ψ′_L(p_j) − ψ′_R(p_j))   continuity at each jump p_j
 *         √w_N (Σ wᵢ ψ(xᵢ)² − 1)                                normalisation ∫ψ² = 1
 *         √w_O Σ wᵢ ψ(xᵢ) ψ_k(xᵢ),  k &lt; n                     orthogonality to the levels found ]
 * </pre>
 * (ℓ = b − a). The Jacobian is exact (closed form through the network, see {@link TanhNetwork}).
 *
 * <p><b>Starting guess.</b> Level ordering is decided before any training by a Rayleigh–Ritz step
 * in the random-feature basis φ_k = M tanh(wₖx + bₖ), φ_H = M of one network initialised from the
 * seed: the generalised eigenproblem H c = E S c with H_jk = ∫φ_j′φ_k′ + Vφ_jφ_k and S_jk = ∫φ_jφ_k
 * (quadrature as above, S truncated to its numerically nonsingular subspace, eigenvalues of S below
 * 1e-13·max dropped) gives upper bounds E_n^R of the lowest levels and coefficient vectors; level n
 * starts from those output weights and E = E_n^R (or the fixed energy when E is not trained). No
 * reference energy is used anywhere.
 *
 * <p><b>Energy bracket.</b> The trained energy is E = lo + (hi − lo) σ(s), σ the logistic function
 * and s the trained coordinate, with lo = E_{n−1} (the level trained before; min V for n = 0) and
 * hi = (E_n^R + E_{n+1}^R)/2. Since E_n ≤ E_n^R (Ritz values are upper bounds) level n always lies
 * inside; E_{n+1} lies outside whenever its Ritz error is below half the Ritz gap; all higher levels
 * lie outside, and the orthogonality residuals exclude the lower levels. So Levenberg–Marquardt
 * cannot wander to a far level (without the bracket it sometimes jumped from a bound state to a box
 * state above V0). A poor Ritz basis (too narrow a network) can still let level n + 1 in: the
 * studies check the node count of every trained state.
 *
 * <p>Not thread-safe while solving; the solver object itself is immutable.
 */
public final class PinnEigensolver {

    private static final double S_CUTOFF = 1e-13;

    private final EigenProblem1D problem;
    private final int width;
    private final int nodesPerPiece;
    private final double alpha;
    private final double centre;
    private final boolean splitAtJumps;
    private final double normWeight;
    private final double orthWeight;
    private final double interfaceWeight;
    private final long maxIterations;
    private final double fixedEnergy;
    private final LevenbergMarquardt.Damping damping;

    private PinnEigensolver(Builder b) {
        this.problem = b.problem;
        this.width = b.width;
        this.nodesPerPiece = b.nodesPerPiece;
        this.alpha = b.alpha;
        this.centre = b.centre;
        this.splitAtJumps = b.splitAtJumps;
        this.normWeight = b.normWeight;
        this.orthWeight = b.orthWeight;
        this.interfaceWeight = b.interfaceWeight;
        this.maxIterations = b.maxIterations;
        this.fixedEnergy = b.fixedEnergy;
        this.damping = b.damping;
    }

    /** A builder for the given problem. */
    public static Builder builder(EigenProblem1D problem) {
        return new Builder(problem);
    }

    /** The problem solved. */
    public EigenProblem1D problem() {
        return problem;
    }

    /** Solves for the lowest {@code levels} states without progress reports. */
    public PinnEigenResult solve(int levels, SplittableRandom rng) {
        return solve(levels, rng, Progress.NONE);
    }

    /**
     * Solves for levels 0 … levels − 1, in order.
     *
     * @param levels   number of levels, ≥ 1 (exactly 1 when the energy is fixed)
     * @param rng      seeded source for the network initialisation
     * @param progress receives one phase per level and a step per Levenberg–Marquardt iteration
     */
    public PinnEigenResult solve(int levels, SplittableRandom rng, Progress progress) {
        Objects.requireNonNull(rng, "rng");
        Objects.requireNonNull(progress, "progress");
        if (levels < 1) {
            throw new QuantumException("PINN eigensolver: levels must be >= 1, got " + levels);
        }
        if (!Double.isNaN(fixedEnergy) && levels != 1) {
            throw new QuantumException("PINN eigensolver: a fixed energy applies to one level; asked for " + levels
                    + " levels (train E, or ask for 1 level)");
        }
        long t0 = System.nanoTime();
        Layout lay = new Layout();
        TanhNetwork net = lay.net;

        double[] init = new double[net.parameterCount()];
        net.initialize(init, 0, problem.a(), problem.b(), rng);
        double[][] ritz = rayleighRitz(lay, init, levels);
        double[] ritzE = ritz[0];
        double ritzNext = ritz[levels + 1][0];
        double vMin = Double.POSITIVE_INFINITY;
        for (double v : lay.v) {
            vMin = Math.min(vMin, v);
        }
        double previousEnergy = vMin;
        double ritzSeconds = (System.nanoTime() - t0) * 1e-9;

        List<PinnEigenstate> states = new ArrayList<>();
        List<LevelHistory> histories = new ArrayList<>();
        List<double[]> found = new ArrayList<>();
        for (int n = 0; n < levels; n++) {
            boolean trainE = Double.isNaN(fixedEnergy);
            int p1 = net.parameterCount();
            double[] x = new double[lay.blocks * p1 + (trainE ? 1 : 0)];
            for (int blk = 0; blk < lay.blocks; blk++) {
                System.arraycopy(init, 0, x, blk * p1, 2 * width);
                System.arraycopy(ritz[n + 1], 0, x, blk * p1 + 2 * width, width + 1);
            }
            // bracket of level n: above the level below (or min V), below the midpoint of the Ritz
            // bounds of levels n and n + 1 (E_n <= E_n^R always lies inside)
            double lo = previousEnergy;
            double next = n + 1 < levels ? ritzE[n + 1] : ritzNext;
            double hi = 0.5 * (ritzE[n] + next);
            if (!(hi > ritzE[n]) || Double.isInfinite(hi)) {
                hi = ritzE[n] + Math.max(ritzE[n] - lo, 1e-3 * Math.abs(ritzE[n]) + 1e-12);
            }
            LevelProblem lp = new LevelProblem(lay, found, trainE ? Double.NaN : fixedEnergy, lo, hi);
            if (trainE) {
                double f = Math.min(1 - 1e-3, Math.max(1e-3, (ritzE[n] - lo) / (hi - lo)));
                x[x.length - 1] = Math.log(f / (1 - f));
            }
            List<double[]> rows = new ArrayList<>();
            double e0 = lp.energyOf(x);
            double[] r0 = new double[lp.residualCount()];
            lp.evaluate(x, r0, null);
            Map<String, Double> c0 = lp.cost(r0).components();
            rows.add(new double[] {0, lp.cost(r0).total(), c0.getOrDefault("residual", 0.0), e0});
            progress.phase("level " + n + ": levenberg-marquardt", maxIterations);
            IterationListener listener = info -> {
                double e = lp.energyOf(x);
                rows.add(new double[] {info.iteration(), info.loss().total(),
                    info.loss().components().getOrDefault("residual", 0.0), e});
                progress.step(info.iteration(), String.format("E=%.12g loss=%.3e", e, info.loss().total()));
            };
            long tl = System.nanoTime();
            OptimizationResult res = LevenbergMarquardt.builder(maxIterations)
                    .withDamping(damping)
                    .withGradientTolerance(0)
                    .withStepTolerance(1e-15)
                    .build()
                    .minimizeInPlace(lp, x, listener);
            double secs = (System.nanoTime() - tl) * 1e-9;
            double energy = lp.energyOf(x);
            previousEnergy = energy;
            PinnEigenstate st = new PinnEigenstate(n, energy, net, lay.envelope, lay.breaks, lay.blockOfPiece, x);
            states.add(st);
            double[] atNodes = new double[lay.count];
            for (int i = 0; i < lay.count; i++) {
                atNodes[i] = lp.psiAt(x, i);
            }
            found.add(atNodes);
            int k = rows.size();
            double[] it = new double[k];
            double[] ls = new double[k];
            double[] re = new double[k];
            double[] en = new double[k];
            for (int i = 0; i < k; i++) {
                it[i] = rows.get(i)[0];
                ls[i] = rows.get(i)[1];
                re[i] = rows.get(i)[2];
                en[i] = rows.get(i)[3];
            }
            histories.add(new LevelHistory(n, it, ls, re, en, secs, res.reason().name()));
            progress.log(String.format("level %d: E = %.15g after %d LM iterations (%s), %.2f s", n, energy,
                    res.iterations(), res.reason(), secs));
        }
        return new PinnEigenResult(states, ritzE, histories, ritzSeconds, (System.nanoTime() - t0) * 1e-9);
    }

    /**
     * Rayleigh–Ritz in the random-feature basis. Returns row 0: the lowest {@code levels}
     * energies; row n + 1: the coefficients (c₀ … c_{H−1}, d) of level n, normalised ∫ψ² = 1;
     * row levels + 1: {the Ritz energy of level {@code levels}} (+∞ when the basis has no more).
     */
    private double[][] rayleighRitz(Layout lay, double[] theta, int levels) {
        int h = width;
        int nb = h + 1;
        double[][] f = new double[nb][lay.count];
        double[][] fp = new double[nb][lay.count];
        for (int i = 0; i < lay.count; i++) {
            double x = lay.x[i];
            for (int k = 0; k < h; k++) {
                double w = theta[k];
                double t = Math.tanh(w * x + theta[h + k]);
                f[k][i] = lay.m0[i] * t;
                fp[k][i] = lay.m1[i] * t + lay.m0[i] * w * (1 - t * t);
            }
            f[h][i] = lay.m0[i];
            fp[h][i] = lay.m1[i];
        }
        DMatrixRMaj hm = new DMatrixRMaj(nb, nb);
        DMatrixRMaj sm = new DMatrixRMaj(nb, nb);
        for (int j = 0; j < nb; j++) {
            for (int k = j; k < nb; k++) {
                double hs = 0;
                double ss = 0;
                for (int i = 0; i < lay.count; i++) {
                    double w = lay.w[i];
                    hs += w * (fp[j][i] * fp[k][i] + lay.v[i] * f[j][i] * f[k][i]);
                    ss += w * f[j][i] * f[k][i];
                }
                hm.set(j, k, hs);
                hm.set(k, j, hs);
                sm.set(j, k, ss);
                sm.set(k, j, ss);
            }
        }
        // S = U Λ Uᵀ; keep λ > cutoff; reduced A = Λ^{-1/2} Uᵀ H U Λ^{-1/2}
        EigenDecomposition_F64<DMatrixRMaj> es = DecompositionFactory_DDRM.eig(nb, true, true);
        if (!es.decompose(sm.copy())) {
            throw new QuantumException("PINN eigensolver: Rayleigh-Ritz overlap decomposition failed; change the seed");
        }
        double lmax = 0;
        for (int i = 0; i < nb; i++) {
            lmax = Math.max(lmax, es.getEigenvalue(i).real);
        }
        List<double[]> cols = new ArrayList<>();
        for (int i = 0; i < nb; i++) {
            double l = es.getEigenvalue(i).real;
            if (l > S_CUTOFF * lmax) {
                DMatrixRMaj u = es.getEigenVector(i);
                double[] c = new double[nb];
                for (int k = 0; k < nb; k++) {
                    c[k] = u.get(k, 0) / Math.sqrt(l);
                }
                cols.add(c);
            }
        }
        int r = cols.size();
        if (r < levels) {
            throw new QuantumException("PINN eigensolver: the Rayleigh-Ritz basis has rank " + r + " < " + levels
                    + " levels asked; increase the hidden width");
        }
        DMatrixRMaj a = new DMatrixRMaj(r, r);
        for (int p = 0; p < r; p++) {
            for (int q = p; q < r; q++) {
                double s = 0;
                double[] cp = cols.get(p);
                double[] cq = cols.get(q);
                for (int j = 0; j < nb; j++) {
                    double hj = 0;
                    for (int k = 0; k < nb; k++) {
                        hj += hm.get(j, k) * cq[k];
                    }
                    s += cp[j] * hj;
                }
                a.set(p, q, s);
                a.set(q, p, s);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> ea = DecompositionFactory_DDRM.eig(r, true, true);
        if (!ea.decompose(a)) {
            throw new QuantumException("PINN eigensolver: Rayleigh-Ritz eigen decomposition failed; change the seed");
        }
        Integer[] order = new Integer[r];
        for (int i = 0; i < r; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(ea.getEigenvalue(i).real, ea.getEigenvalue(j).real));
        double[][] out = new double[levels + 2][];
        out[0] = new double[levels];
        out[levels + 1] = new double[] {r > levels ? ea.getEigenvalue(order[levels]).real : Double.POSITIVE_INFINITY};
        for (int n = 0; n < levels; n++) {
            int idx = order[n];
            out[0][n] = ea.getEigenvalue(idx).real;
            DMatrixRMaj y = ea.getEigenVector(idx);
            double[] c = new double[nb];
            for (int p = 0; p < r; p++) {
                double yp = y.get(p, 0);
                double[] cp = cols.get(p);
                for (int k = 0; k < nb; k++) {
                    c[k] += yp * cp[k];
                }
            }
            double norm = 0;
            for (int i = 0; i < lay.count; i++) {
                double psi = 0;
                for (int k = 0; k < nb; k++) {
                    psi += c[k] * f[k][i];
                }
                norm += lay.w[i] * psi * psi;
            }
            double s = 1 / Math.sqrt(norm);
            for (int k = 0; k < nb; k++) {
                c[k] *= s;
            }
            out[n + 1] = c;
        }
        return out;
    }

    /** Nodes, weights, potential and envelope values on every piece; the block of each piece. */
    private final class Layout {
        final TanhNetwork net = new TanhNetwork(width);
        final TrialEnvelope envelope = new TrialEnvelope(problem.a(), problem.b(), alpha, centre);
        final double[] breaks = problem.pieces();
        final int pieces = breaks.length - 1;
        final int blocks = splitAtJumps ? pieces : 1;
        final int[] blockOfPiece = new int[pieces];
        final int count = pieces * nodesPerPiece;
        final double[] x = new double[count];
        final double[] w = new double[count];
        final double[] v = new double[count];
        final int[] block = new int[count];
        final double[] m0 = new double[count];
        final double[] m1 = new double[count];
        final double[] m2 = new double[count];

        Layout() {
            double[] m = new double[3];
            for (int p = 0; p < pieces; p++) {
                blockOfPiece[p] = splitAtJumps ? p : 0;
                GaussLegendre gl = GaussLegendre.rule(nodesPerPiece, breaks[p], breaks[p + 1]);
                double[] gx = gl.nodes();
                double[] gw = gl.weights();
                for (int i = 0; i < nodesPerPiece; i++) {
                    int k = p * nodesPerPiece + i;
                    x[k] = gx[i];
                    w[k] = gw[i];
                    v[k] = problem.potential().value(gx[i]);
                    block[k] = blockOfPiece[p];
                    envelope.evaluate(gx[i], m);
                    m0[k] = m[0];
                    m1[k] = m[1];
                    m2[k] = m[2];
                }
            }
        }
    }

    /** The residual vector of one level (see the class documentation). */
    private final class LevelProblem implements LeastSquaresProblem {
        private final Layout lay;
        private final List<double[]> previous;
        private final double fixedE;
        private final double lo;
        private final double hi;
        private final int p1;
        private final int params;
        private final int interfaces;
        private final int rows;
        private final double derivScale;
        private final double[] n = new double[3];
        private final double[] g0;
        private final double[] g1;
        private final double[] g2;
        private final double[] gl0;
        private final double[] gl1;
        private final double[] gr0;
        private final double[] gr1;

        LevelProblem(Layout lay, List<double[]> previous, double fixedE, double lo, double hi) {
            this.lay = lay;
            this.previous = List.copyOf(previous);
            this.fixedE = fixedE;
            this.lo = lo;
            this.hi = hi;
            this.p1 = lay.net.parameterCount();
            this.params = lay.blocks * p1 + (Double.isNaN(fixedE) ? 1 : 0);
            this.interfaces = lay.blocks > 1 ? lay.pieces - 1 : 0;
            this.rows = lay.count + 2 * interfaces + 1 + this.previous.size();
            this.derivScale = problem.length() / Math.PI;
            g0 = new double[p1];
            g1 = new double[p1];
            g2 = new double[p1];
            gl0 = new double[p1];
            gl1 = new double[p1];
            gr0 = new double[p1];
            gr1 = new double[p1];
        }

        @Override
        public int residualCount() {
            return rows;
        }

        @Override
        public int parameterCount() {
            return params;
        }

        @Override
        public Map<String, Integer> components() {
            Map<String, Integer> c = new LinkedHashMap<>();
            c.put("residual", lay.count);
            c.put("interface", 2 * interfaces);
            c.put("normalisation", 1);
            c.put("orthogonality", previous.size());
            return c;
        }

        /** E = lo + (hi − lo) σ(s) with s the last parameter, or the fixed energy. */
        double energyOf(double[] theta) {
            if (!Double.isNaN(fixedE)) {
                return fixedE;
            }
            return lo + (hi - lo) * sigmoid(theta[params - 1]);
        }

        private double sigmoid(double z) {
            return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
        }

        double psiAt(double[] theta, int i) {
            lay.net.evaluate(theta, lay.block[i] * p1, lay.x[i], n, null, null, null);
            return lay.m0[i] * n[0];
        }

        @Override
        public void evaluate(double[] theta, double[] r, DMatrixRMaj jac) {
            boolean trainE = Double.isNaN(fixedE);
            double e = energyOf(theta);
            double dEds = 0;
            if (trainE) {
                double sg = sigmoid(theta[params - 1]);
                dEds = (hi - lo) * sg * (1 - sg);
            }
            boolean wantJ = jac != null;
            double[] jd = wantJ ? jac.data : null;
            if (wantJ) {
                Arrays.fill(jd, 0, rows * params, 0);
            }
            int normRow = lay.count + 2 * interfaces;
            double norm = 0;
            double[] orth = new double[previous.size()];
            for (int i = 0; i < lay.count; i++) {
                int off = lay.block[i] * p1;
                lay.net.evaluate(theta, off, lay.x[i], n, wantJ ? g0 : null, g1, g2);
                double m0 = lay.m0[i];
                double m1 = lay.m1[i];
                double m2 = lay.m2[i];
                double psi = m0 * n[0];
                double psi2 = m2 * n[0] + 2 * m1 * n[1] + m0 * n[2];
                double sw = Math.sqrt(lay.w[i]);
                double vme = lay.v[i] - e;
                r[i] = sw * (-psi2 + vme * psi);
                double wi = lay.w[i];
                norm += wi * psi * psi;
                for (int q = 0; q < orth.length; q++) {
                    orth[q] += wi * psi * previous.get(q)[i];
                }
                if (wantJ) {
                    int row = i * params + off;
                    for (int k = 0; k < p1; k++) {
                        double dpsi = m0 * g0[k];
                        double dpsi2 = m2 * g0[k] + 2 * m1 * g1[k] + m0 * g2[k];
                        jd[row + k] = sw * (-dpsi2 + vme * dpsi);
                        jd[normRow * params + off + k] += 2 * wi * psi * dpsi;
                        for (int q = 0; q < orth.length; q++) {
                            jd[(normRow + 1 + q) * params + off + k] += wi * previous.get(q)[i] * dpsi;
                        }
                    }
                    if (trainE) {
                        jd[i * params + params - 1] = -sw * psi * dEds;
                    }
                }
            }
            double sI = Math.sqrt(interfaceWeight);
            double[] ml = new double[3];
            double[] nl = new double[3];
            double[] nr = new double[3];
            for (int j = 0; j < interfaces; j++) {
                double xj = lay.breaks[j + 1];
                int offL = lay.blockOfPiece[j] * p1;
                int offR = lay.blockOfPiece[j + 1] * p1;
                lay.envelope.evaluate(xj, ml);
                lay.net.evaluate(theta, offL, xj, nl, wantJ ? gl0 : null, gl1, g2);
                lay.net.evaluate(theta, offR, xj, nr, wantJ ? gr0 : null, gr1, g2);
                double psiL = ml[0] * nl[0];
                double psiR = ml[0] * nr[0];
                double dL = ml[1] * nl[0] + ml[0] * nl[1];
                double dR = ml[1] * nr[0] + ml[0] * nr[1];
                int rv = lay.count + 2 * j;
                r[rv] = sI * (psiL - psiR);
                r[rv + 1] = sI * derivScale * (dL - dR);
                if (wantJ) {
                    for (int k = 0; k < p1; k++) {
                        jd[rv * params + offL + k] += sI * ml[0] * gl0[k];
                        jd[rv * params + offR + k] -= sI * ml[0] * gr0[k];
                        jd[(rv + 1) * params + offL + k] += sI * derivScale * (ml[1] * gl0[k] + ml[0] * gl1[k]);
                        jd[(rv + 1) * params + offR + k] -= sI * derivScale * (ml[1] * gr0[k] + ml[0] * gr1[k]);
                    }
                }
            }
            double sN = Math.sqrt(normWeight);
            r[normRow] = sN * (norm - 1);
            double sO = Math.sqrt(orthWeight);
            for (int q = 0; q < orth.length; q++) {
                r[normRow + 1 + q] = sO * orth[q];
            }
            if (wantJ) {
                for (int k = 0; k < params; k++) {
                    jd[normRow * params + k] *= sN;
                    for (int q = 0; q < orth.length; q++) {
                        jd[(normRow + 1 + q) * params + k] *= sO;
                    }
                }
            }
        }
    }

    /**
     * Options. Defaults: hidden width 24, 64 Gauss–Legendre nodes per piece, no Gaussian decay
     * (α = 0, centre at the middle of [a, b]), split at jumps, weights w_N = w_O = w_I = 10,
     * 500 Levenberg–Marquardt trial steps per level, E trained, identity damping.
     */
    public static final class Builder {
        private final EigenProblem1D problem;
        private int width = 24;
        private int nodesPerPiece = 64;
        private double alpha = 0;
        private double centre;
        private boolean splitAtJumps = true;
        private double normWeight = 10;
        private double orthWeight = 10;
        private double interfaceWeight = 10;
        private long maxIterations = 500;
        private double fixedEnergy = Double.NaN;
        private LevenbergMarquardt.Damping damping = LevenbergMarquardt.Damping.IDENTITY;

        private Builder(EigenProblem1D problem) {
            this.problem = Objects.requireNonNull(problem, "problem");
            this.centre = 0.5 * (problem.a() + problem.b());
        }

        /** Hidden width H of each network (≥ 2). */
        public Builder withHiddenWidth(int h) {
            this.width = h;
            return this;
        }

        /** Gauss–Legendre nodes on each piece (≥ 4); they are both collocation and quadrature points. */
        public Builder withNodesPerPiece(int nodes) {
            this.nodesPerPiece = nodes;
            return this;
        }

        /** Gaussian decay exp(−α(x − c)²/2) in the trial function (α ≥ 0). */
        public Builder withGaussianDecay(double alpha, double centre) {
            this.alpha = alpha;
            this.centre = centre;
            return this;
        }

        /** One network per piece between jumps of V (true, default) or one for all of [a, b]. */
        public Builder withSplitAtJumps(boolean split) {
            this.splitAtJumps = split;
            return this;
        }

        /** Weights of the normalisation, orthogonality and interface-continuity residuals (all &gt; 0). */
        public Builder withWeights(double normalisation, double orthogonality, double interfaces) {
            this.normWeight = normalisation;
            this.orthWeight = orthogonality;
            this.interfaceWeight = interfaces;
            return this;
        }

        /** Levenberg–Marquardt trial steps per level (≥ 1). */
        public Builder withMaxIterations(long iterations) {
            this.maxIterations = iterations;
            return this;
        }

        /** Holds E fixed at the given value instead of training it (one level only). */
        public Builder withFixedEnergy(double energy) {
            this.fixedEnergy = energy;
            return this;
        }

        /** The Levenberg–Marquardt damping matrix. */
        public Builder withDamping(LevenbergMarquardt.Damping d) {
            this.damping = Objects.requireNonNull(d, "damping");
            return this;
        }

        /** Validates and builds. */
        public PinnEigensolver build() {
            if (width < 2 || width > 2000) {
                throw new QuantumException("PINN eigensolver: hidden width must be in [2, 2000], got " + width);
            }
            if (nodesPerPiece < 4 || nodesPerPiece > 5000) {
                throw new QuantumException("PINN eigensolver: nodes per piece must be in [4, 5000], got " + nodesPerPiece);
            }
            if (!(alpha >= 0) || Double.isInfinite(alpha) || !Double.isFinite(centre)) {
                throw new QuantumException("PINN eigensolver: Gaussian decay needs finite alpha >= 0 and centre, got "
                        + alpha + ", " + centre);
            }
            if (!(normWeight > 0) || !(orthWeight > 0) || !(interfaceWeight > 0) || Double.isInfinite(normWeight)
                    || Double.isInfinite(orthWeight) || Double.isInfinite(interfaceWeight)) {
                throw new QuantumException("PINN eigensolver: weights must be positive and finite, got normalisation="
                        + normWeight + ", orthogonality=" + orthWeight + ", interfaces=" + interfaceWeight);
            }
            if (maxIterations < 1) {
                throw new QuantumException("PINN eigensolver: max iterations must be >= 1, got " + maxIterations);
            }
            if (Double.isInfinite(fixedEnergy)) {
                throw new QuantumException("PINN eigensolver: fixed energy must be finite, got " + fixedEnergy);
            }
            return new PinnEigensolver(this);
        }
    }
}
