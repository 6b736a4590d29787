package org.sciml4j.pinn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.sciml4j.core.jet.FusedJetLoss;
import org.sciml4j.core.optim.LeastSquaresProblem;
import org.sciml4j.core.optim.LossValue;
import org.sciml4j.core.optim.Objective;
import org.sciml4j.core.tensor.Tensor;

/**
 * The loss of a {@link PinnModel} as a {@link LeastSquaresProblem} (residual vector and its
 * Jacobian, for Levenberg–Marquardt) and as an {@link Objective} (L = ½‖r‖² and ∇L = Jᵀr without
 * forming J, for Adam and L-BFGS).
 *
 * <p>Per term: the network's input jets (u, ∂u/∂xᵢ, ∂²u/∂xᵢ∂xⱼ) at all of its points are one
 * batched forward pass of core's {@link org.sciml4j.core.jet.Jet} ops through core's
 * {@link org.sciml4j.core.nn.Mlp}; the user's residual is then evaluated per point in {@link Dual}
 * numbers seeded on the jet entries and the trainable scalars (hard constraints are applied there),
 * giving rᵢ and c_ik = ∂rᵢ/∂(jet entry k at point i). The gradient is one reverse pass of core's
 * autodiff seeded with Σ rᵢ c_ik; the Jacobian's network columns are core's row-wise Jacobian of
 * ρᵢ = Σ_k c_ik·jet_ik with c frozen (the exact linearisation of rᵢ), its scalar columns the Dual
 * partials. Residuals of points are computed in a fixed number of chunks in parallel and summed in
 * point order, so results do not depend on the thread count. Not thread-safe (one evaluation at a
 * time).
 */
public final class PinnLoss implements LeastSquaresProblem, Objective {

    private static final int CHUNKS = 16;
    /** Blocks with at least this many (unpaired) points take their gradient through {@link FusedJetLoss}. */
    static final int FUSED_MIN_POINTS = 256;
    /** Point ranges of a block evaluated in parallel for the Jacobian (fixed: results independent of cores). */
    private static final int JACOBIAN_RANGES = 4;
    /** Smallest point range worth its own graph in the parallel Jacobian. */
    private static final int MIN_RANGE_POINTS = 32;

    private final PinnProblem problem;
    private final NetworkJets net;
    private final int netParams;
    private final int nParams;
    private final int comps;
    private final int netSlots;
    private final int slots;
    private final int rows;
    private final int[] blockStart;
    private final Map<String, Integer> components;
    private final double[] multipliers;
    private final Tensor[] blockInputs;
    private final Tensor[] globalInputs;

    PinnLoss(PinnProblem problem, NetworkJets net) {
        this.problem = problem;
        this.net = net;
        this.netParams = net.parameterCount();
        this.nParams = netParams + problem.parameters().size();
        this.comps = net.components();
        this.netSlots = problem.outputs() * comps;
        this.slots = netSlots + problem.parameters().size();
        List<PinnProblem.Block> blocks = problem.blocks();
        blockStart = new int[blocks.size() + 1];
        blockInputs = new Tensor[blocks.size()];
        components = new LinkedHashMap<>();
        int r = 0;
        for (int b = 0; b < blocks.size(); b++) {
            PinnProblem.Block bl = blocks.get(b);
            blockStart[b] = r;
            int n = bl.points().length * bl.count();
            components.put(bl.name(), n);
            r += n;
            blockInputs[b] = bl.paired() ? NetworkJets.points(bl.points(), bl.partners())
                    : NetworkJets.points(bl.points());
        }
        blockStart[blocks.size()] = r;
        globalInputs = new Tensor[problem.globals().size()];
        for (int g = 0; g < problem.globals().size(); g++) {
            GlobalTerm gt = problem.globals().get(g);
            components.put(gt.name(), 1);
            globalInputs[g] = NetworkJets.points(gt.points());
            r++;
        }
        rows = r;
        multipliers = new double[blocks.size() + problem.globals().size()];
        Arrays.fill(multipliers, 1.0);
    }

    /**
     * Adaptive weight multipliers λ (one per term: pde, conditions, global terms, in
     * {@link #components()} order), applied on top of the fixed weights: term weight = w · λ.
     * Mutates this loss; all λ start at 1.
     */
    public void setWeightMultipliers(double[] lambda) {
        if (lambda.length != multipliers.length) {
            throw new IllegalArgumentException("PinnLoss.setWeightMultipliers: got " + lambda.length + " values for "
                    + multipliers.length + " terms " + components.keySet());
        }
        for (double v : lambda) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("PinnLoss.setWeightMultipliers: multipliers must be positive, got "
                        + Arrays.toString(lambda));
            }
        }
        System.arraycopy(lambda, 0, multipliers, 0, lambda.length);
    }

    /** The current multipliers (copy). */
    public double[] weightMultipliers() {
        return multipliers.clone();
    }

    /**
     * Gradients ∇θ L_b of each term's loss with unit multiplier (rows in {@link #components()}
     * order), for gradient-balancing weight schemes.
     */
    public double[][] termGradients(double[] theta) {
        checkLength("termGradients", theta);
        double[] saved = multipliers.clone();
        double[][] out = new double[multipliers.length][nParams];
        double[] pv = paramValues(theta);
        net.assign(theta);
        Arrays.fill(multipliers, 1.0);
        try {
            for (int b = 0; b < problem.blocks().size(); b++) {
                blockLoss(b, pv, out[b]);
            }
            for (int g = 0; g < problem.globals().size(); g++) {
                global(g, pv, out[problem.blocks().size() + g], true);
            }
        } finally {
            System.arraycopy(saved, 0, multipliers, 0, saved.length);
        }
        return out;
    }

    @Override
    public int residualCount() {
        return rows;
    }

    @Override
    public int parameterCount() {
        return nParams;
    }

    @Override
    public int dimension() {
        return nParams;
    }

    @Override
    public Map<String, Integer> components() {
        return components;
    }

    private void checkLength(String op, double[] theta) {
        if (theta.length != nParams) {
            throw new IllegalArgumentException("PinnLoss." + op + ": θ has " + theta.length + " entries, the model has "
                    + nParams + " (network " + netParams + " + scalars " + (nParams - netParams) + ")");
        }
    }

    private int paramSlot(PinnProblem.Block b) {
        return b.paired() ? 2 * netSlots : netSlots;
    }

    private int slotsOf(PinnProblem.Block b) {
        return paramSlot(b) + nParams - netParams;
    }

    private double[] paramValues(double[] theta) {
        return Arrays.copyOfRange(theta, netParams, nParams);
    }

    /**
     * One block evaluated on its points [lo, lo + n): the network jets (graph kept; m = n rows per
     * component, 2n for paired points) and the residual Duals per point (index i − lo).
     */
    private record BlockEval(Tensor stacked, int lo, int n, int m, Dual[][] res) {
    }

    /**
     * Network jets of points [lo, hi) of block bi in one batched pass, then the user's residuals per
     * point (parallel chunks).
     */
    private BlockEval evalBlock(int bi, double[] pv, int lo, int hi) {
        PinnProblem.Block b = problem.blocks().get(bi);
        int total = b.points().length;
        Tensor x;
        if (lo == 0 && hi == total) {
            x = blockInputs[bi];
        } else if (b.paired()) {
            x = NetworkJets.points(Arrays.copyOfRange(b.points(), lo, hi), Arrays.copyOfRange(b.partners(), lo, hi));
        } else {
            x = NetworkJets.points(Arrays.copyOfRange(b.points(), lo, hi));
        }
        Tensor stacked = net.forward(x);
        double[] data = stacked.rawData();
        int n = hi - lo;
        int m = b.paired() ? 2 * n : n;
        Dual[][] res = new Dual[n][];
        int chunks = Math.min(CHUNKS, n);
        int s = slotsOf(b);
        int ps = paramSlot(b);
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            double[] netOut = new double[netSlots];
            double[] partnerOut = new double[netSlots];
            for (int k = ch * n / chunks; k < (ch + 1) * n / chunks; k++) {
                int i = lo + k;
                net.gather(data, m, k, netOut, 0);
                Jets u = problem.jets(netOut, b.factors()[i], b.lifts()[i], s);
                Jets v = null;
                if (b.paired()) {
                    net.gather(data, m, n + k, partnerOut, 0);
                    v = problem.jets(partnerOut, b.partnerFactors()[i], b.partnerLifts()[i], netSlots, s);
                }
                Dual[] r = b.fn().residuals(i, b.points()[i].clone(), u, v, problem.params(pv, ps, s));
                checkCount(b, r, i);
                res[k] = r;
            }
        });
        return new BlockEval(stacked, lo, n, m, res);
    }

    private BlockEval evalBlock(int bi, double[] pv) {
        return evalBlock(bi, pv, 0, problem.blocks().get(bi).points().length);
    }

    private double blockScale(int bi) {
        PinnProblem.Block b = problem.blocks().get(bi);
        return Math.sqrt(2 * b.weight() * multipliers[bi] / b.points().length);
    }

    @Override
    public void evaluate(double[] theta, double[] r, DMatrixRMaj jac) {
        checkLength("evaluate", theta);
        double[] pv = paramValues(theta);
        net.assign(theta);
        List<PinnProblem.Block> blocks = problem.blocks();
        if (jac != null) {
            jac.reshape(rows, nParams);
            Arrays.fill(jac.data, 0, rows * nParams, 0);
        }
        for (int bi = 0; bi < blocks.size(); bi++) {
            PinnProblem.Block b = blocks.get(bi);
            double scale = blockScale(bi);
            int start = blockStart[bi];
            int count = b.count();
            int n = b.points().length;
            // with the Jacobian: a fixed number of point ranges in parallel (each its own graph and
            // row-wise sweep; rows are independent, so the figures do not depend on the split)
            int ranges = jac == null ? 1 : Math.max(1, Math.min(JACOBIAN_RANGES, n / MIN_RANGE_POINTS));
            final int bIndex = bi;
            IntStream.range(0, ranges).parallel().forEach(ch -> {
                BlockEval e = evalBlock(bIndex, pv, ch * n / ranges, (ch + 1) * n / ranges);
                for (int k = 0; k < e.n(); k++) {
                    for (int q = 0; q < count; q++) {
                        r[start + (e.lo() + k) * count + q] = scale * e.res()[k][q].value();
                    }
                }
                if (jac != null) {
                    blockJacobian(b, e, scale, start, jac.data);
                }
            });
        }
        int row = blockStart[blocks.size()];
        for (int g = 0; g < problem.globals().size(); g++, row++) {
            double[] gradRow = jac == null ? null : new double[nParams];
            r[row] = global(g, pv, gradRow, false);
            if (jac != null) {
                System.arraycopy(gradRow, 0, jac.data, row * nParams, nParams);
            }
        }
    }

    /** Jacobian rows of one block: network columns from core's row-wise Jacobian, scalar columns from the Duals. */
    private void blockJacobian(PinnProblem.Block b, BlockEval e, double scale, int start, double[] jac) {
        int n = e.n();
        int m = e.m();
        int count = b.count();
        int ps = paramSlot(b);
        int t = nParams - netParams;
        double[] coef = new double[e.stacked().size()];
        for (int q = 0; q < count; q++) {
            Arrays.fill(coef, 0);
            for (int i = 0; i < n; i++) {
                double[] g = e.res()[i][q].gradRef();
                net.scatter(g, 0, scale, m, i, coef);
                if (b.paired()) {
                    net.scatter(g, netSlots, scale, m, n + i, coef);
                }
                int off = (start + (e.lo() + i) * count + q) * nParams + netParams;
                for (int k = 0; k < t; k++) {
                    jac[off + k] = scale * g[ps + k];
                }
            }
            double[] jn = net.rowJacobian(e.stacked(), coef, n, m);
            for (int i = 0; i < n; i++) {
                System.arraycopy(jn, i * netParams, jac, (start + (e.lo() + i) * count + q) * nParams, netParams);
            }
        }
    }

    /**
     * Scaled global residual r̃ = √(2w) G(I); when {@code grad} is given, adds f · ∂r̃/∂θ to it
     * with f = r̃ ({@code seedWithValue}, the gradient of ½r̃²) or f = 1 (the Jacobian row).
     */
    private double global(int g, double[] pv, double[] grad, boolean seedWithValue) {
        GlobalTerm gt = problem.globals().get(g);
        double[][] pts = gt.points();
        double[] q = gt.quadratureWeights();
        SpaceJet[][] fac = problem.globalFactors(g);
        SpaceJet[][] lif = problem.globalLifts(g);
        Tensor stacked = net.forward(globalInputs[g]);
        double[] data = stacked.rawData();
        int n = pts.length;
        double[] netOut = new double[netSlots];
        int t = pv.length;
        double integral = 0;
        double[] dParams = new double[t];
        Dual[] fs = new Dual[n];
        for (int i = 0; i < n; i++) {
            net.gather(data, n, i, netOut, 0);
            Dual f = gt.integrand().residual(pts[i].clone(), problem.jets(netOut, fac[i], lif[i], slots),
                    problem.params(pv, netSlots, slots));
            fs[i] = f;
            integral += q[i] * f.value();
            for (int k = 0; k < t; k++) {
                dParams[k] += q[i] * f.gradRef()[netSlots + k];
            }
        }
        Dual outer = gt.outer().apply(Dual.variable(integral, 0, 1 + t), problem.params(pv, 1, 1 + t));
        double scale = Math.sqrt(2 * gt.weight() * multipliers[problem.blocks().size() + g]);
        double value = scale * outer.value();
        if (grad != null) {
            double seedFactor = seedWithValue ? value : 1.0;
            double dGdI = outer.gradRef()[0] * scale * seedFactor;
            double[] seed = new double[stacked.size()];
            for (int i = 0; i < n; i++) {
                net.scatter(fs[i].gradRef(), 0, dGdI * q[i], n, i, seed);
            }
            net.vjp(stacked, seed, grad, 0);
            for (int k = 0; k < t; k++) {
                grad[netParams + k] += dGdI * dParams[k] + scale * seedFactor * outer.gradRef()[1 + k];
            }
        }
        return value;
    }

    @Override
    public double evaluate(double[] theta, double[] gradOut) {
        return evaluateLoss(theta, gradOut).total();
    }

    @Override
    public LossValue evaluateLoss(double[] theta, double[] gradOut) {
        checkLength("evaluateLoss", theta);
        double[] pv = paramValues(theta);
        net.assign(theta);
        List<PinnProblem.Block> blocks = problem.blocks();
        Arrays.fill(gradOut, 0);
        Map<String, Double> parts = new LinkedHashMap<>();
        double total = 0;
        for (int bi = 0; bi < blocks.size(); bi++) {
            double c = blockLoss(bi, pv, gradOut);
            parts.put(blocks.get(bi).name(), c);
            total += c;
        }
        for (int g = 0; g < problem.globals().size(); g++) {
            double rv = global(g, pv, gradOut, true);
            double c = 0.5 * rv * rv;
            parts.put(problem.globals().get(g).name(), c);
            total += c;
        }
        return new LossValue(total, parts);
    }

    /** Cost ½‖r̃_b‖² of block bi; adds its gradient (one reverse pass through the jets) to gradOut. */
    private double blockLoss(int bi, double[] pv, double[] gradOut) {
        PinnProblem.Block b = problem.blocks().get(bi);
        FusedJetLoss fused = net.fused();
        if (fused != null && !b.paired() && b.points().length >= FUSED_MIN_POINTS) {
            return blockLossFused(bi, pv, gradOut, fused);
        }
        BlockEval e = evalBlock(bi, pv);
        double scale = blockScale(bi);
        int n = e.n();
        int m = e.m();
        int ps = paramSlot(b);
        int t = pv.length;
        double[] seed = new double[e.stacked().size()];
        double c = 0;
        for (int i = 0; i < n; i++) {
            for (Dual d : e.res()[i]) {
                double rs = scale * d.value();
                c += 0.5 * rs * rs;
                double[] g = d.gradRef();
                net.scatter(g, 0, rs * scale, m, i, seed);
                if (b.paired()) {
                    net.scatter(g, netSlots, rs * scale, m, n + i, seed);
                }
                for (int k = 0; k < t; k++) {
                    gradOut[netParams + k] += rs * scale * g[ps + k];
                }
            }
        }
        net.vjp(e.stacked(), seed, gradOut, 0);
        return c;
    }

    /**
     * {@link #blockLoss} through core's {@link FusedJetLoss}: each chunk of points goes forward
     * through the network in cache, its residual Duals give the cost and the seed ∂cost/∂jets,
     * and the chunk returns the linear functional Σ seed ⊙ jets, whose gradient is that seed, so
     * the chunk's reverse pass yields its share of ∇θ. Costs and scalar-parameter gradients are
     * kept per chunk and summed in chunk order (same figures on any core count).
     */
    private double blockLossFused(int bi, double[] pv, double[] gradOut, FusedJetLoss fused) {
        PinnProblem.Block b = problem.blocks().get(bi);
        double scale = blockScale(bi);
        int n = b.points().length;
        int ps = paramSlot(b);
        int s = slotsOf(b);
        int t = pv.length;
        int chunk = fused.chunk();
        int chunks = (n + chunk - 1) / chunk;
        double[] costs = new double[chunks];
        double[][] scalarGrads = new double[chunks][t];
        double[] netGrad = new double[netParams];
        fused.lossAndGradient(blockInputs[bi], (u, from, to) -> {
            Tensor stacked = u.stacked();
            double[] data = stacked.rawData();
            int m = to - from;
            double[] seed = new double[data.length];
            double[] netOut = new double[netSlots];
            double[] sg = scalarGrads[from / chunk];
            double c = 0;
            for (int k = 0; k < m; k++) {
                int i = from + k;
                net.gather(data, m, k, netOut, 0);
                Jets uj = problem.jets(netOut, b.factors()[i], b.lifts()[i], s);
                Dual[] r = b.fn().residuals(i, b.points()[i].clone(), uj, null, problem.params(pv, ps, s));
                checkCount(b, r, i);
                for (Dual d : r) {
                    double rs = scale * d.value();
                    c += 0.5 * rs * rs;
                    double[] g = d.gradRef();
                    net.scatter(g, 0, rs * scale, m, k, seed);
                    for (int q = 0; q < t; q++) {
                        sg[q] += rs * scale * g[ps + q];
                    }
                }
            }
            costs[from / chunk] = c;
            return stacked.mul(Tensor.wrap(seed, stacked.shape(), null)).sum();
        }, netGrad);
        double cost = 0;
        for (int c = 0; c < chunks; c++) {
            cost += costs[c];
            for (int q = 0; q < t; q++) {
                gradOut[netParams + q] += scalarGrads[c][q];
            }
        }
        for (int k = 0; k < netParams; k++) {
            gradOut[k] += netGrad[k];
        }
        return cost;
    }

    private static void checkCount(PinnProblem.Block b, Dual[] r, int i) {
        if (r.length != b.count()) {
            throw new IllegalArgumentException("PinnLoss: term '" + b.name() + "' returned " + r.length
                    + " residuals at point " + i + " but declares " + b.count()
                    + "; return the same count at every point");
        }
    }

    /** The loss components at θ without gradient. */
    public LossValue loss(double[] theta) {
        double[] r = new double[rows];
        evaluate(theta, r, null);
        return cost(r);
    }

    /**
     * Root of the sum of squared PDE residuals (unscaled) at arbitrary interior points, for
     * residual-based refinement. {@code points} not modified.
     */
    public double[] pdeResidualNorms(double[] theta, double[][] points) {
        checkLength("pdeResidualNorms", theta);
        PinnProblem.Block b = problem.blocks().get(0);
        double[] pv = paramValues(theta);
        double[] out = new double[points.length];
        int n = points.length;
        if (n == 0) {
            return out;
        }
        net.assign(theta);
        double[] data = net.forward(NetworkJets.points(points)).rawData();
        int chunks = Math.min(CHUNKS, n);
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            double[] netOut = new double[netSlots];
            for (int i = ch * n / chunks; i < (ch + 1) * n / chunks; i++) {
                SpaceJet[] f = new SpaceJet[problem.outputs()];
                SpaceJet[] l = new SpaceJet[problem.outputs()];
                problem.transformsAt(points[i], f, l);
                net.gather(data, n, i, netOut, 0);
                Dual[] res = b.fn().residuals(i, points[i].clone(), problem.jets(netOut, f, l, slots), null,
                        problem.params(pv, netSlots, slots));
                double s = 0;
                for (Dual d : res) {
                    s += d.value() * d.value();
                }
                out[i] = Math.sqrt(s);
            }
        });
        return out;
    }
}
