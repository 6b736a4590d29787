package org.sciml4j.pinn;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.sciml4j.core.optim.LeastSquaresProblem;
import org.sciml4j.core.optim.LossValue;
import org.sciml4j.core.optim.Objective;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.linalg.OpenBlasGemm;
import org.sciml4j.pinn.internal.JetMlp;

/**
 * The loss of a {@link PinnModel} as a {@link LeastSquaresProblem} (residual vector and its
 * Jacobian, for Levenberg–Marquardt) and as an {@link Objective} (L = ½‖r‖² and ∇L = Jᵀr without
 * forming J, for Adam and L-BFGS). Each pointwise residual row: forward jets through the network,
 * the user's residual in {@link Dual}s, one reverse pass seeded with ∂r/∂(jets). Points are
 * processed in a fixed number of chunks in parallel and partial sums are added in chunk order, so
 * results do not depend on the thread count. Not thread-safe (one evaluation at a time).
 */
public final class PinnLoss implements LeastSquaresProblem, Objective {

    private static final int CHUNKS = 16;

    private final PinnProblem problem;
    private final JetMlp net;
    private final int netParams;
    private final int nParams;
    private final int comps;
    private final int netSlots;
    private final int slots;
    private final int rows;
    private final int[] blockStart;
    private final Map<String, Integer> components;
    private final double[] multipliers;
    private final Gemm gemm = singleThreadGemm();
    private boolean batched = true;

    private static Gemm singleThreadGemm() {
        try {
            return new OpenBlasGemm(1);
        } catch (LinkageError | RuntimeException e) {
            return Gemm.defaultGemm();
        }
    }

    /**
     * Chooses the gradient path of {@link #evaluateLoss}: batched GEMMs over chunks of points
     * (default) or one point at a time (the path the Jacobian uses). Both give the same numbers up
     * to rounding. Mutates this loss.
     */
    public PinnLoss withBatchedGradient(boolean on) {
        this.batched = on;
        return this;
    }

    PinnLoss(PinnProblem problem, JetMlp net) {
        this.problem = problem;
        this.net = net;
        this.netParams = net.parameterCount();
        this.nParams = netParams + problem.parameters().size();
        this.comps = net.components();
        this.netSlots = problem.outputs() * comps;
        this.slots = netSlots + problem.parameters().size();
        List<PinnProblem.Block> blocks = problem.blocks();
        blockStart = new int[blocks.size() + 1];
        components = new LinkedHashMap<>();
        int r = 0;
        for (int b = 0; b < blocks.size(); b++) {
            blockStart[b] = r;
            int n = blocks.get(b).points().length * blocks.get(b).count();
            components.put(blocks.get(b).name(), n);
            r += n;
        }
        blockStart[blocks.size()] = r;
        for (GlobalTerm g : problem.globals()) {
            components.put(g.name(), 1);
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
        double[] saved = multipliers.clone();
        double[][] out = new double[multipliers.length][nParams];
        double[] pv = paramValues(theta);
        Arrays.fill(multipliers, 1.0);
        try {
            for (int b = 0; b < problem.blocks().size(); b++) {
                blockLoss(b, theta, pv, out[b]);
            }
            for (int g = 0; g < problem.globals().size(); g++) {
                double rv = global(g, theta, pv, null, 1);
                global(g, theta, pv, out[problem.blocks().size() + g], rv);
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

    private Dual[] evalPoint(PinnProblem.Block b, int i, double[] theta, JetMlp.Workspace ws, JetMlp.Workspace ws2,
                             double[] netOut, double[] pv) {
        double[] x = b.points()[i];
        net.forward(theta, x, ws);
        readOut(ws, netOut);
        int s = slotsOf(b);
        Jets u = problem.jets(netOut, b.factors()[i], b.lifts()[i], s);
        Jets v = null;
        if (b.paired()) {
            net.forward(theta, b.partners()[i], ws2);
            readOut(ws2, netOut);
            v = problem.jets(netOut, b.partnerFactors()[i], b.partnerLifts()[i], netSlots, s);
        }
        Dual[] r = b.fn().residuals(i, x.clone(), u, v, problem.params(pv, paramSlot(b), s));
        if (r.length != b.count()) {
            throw new IllegalArgumentException("PinnLoss: term '" + b.name() + "' returned " + r.length
                    + " residuals at point " + i + " but declares " + b.count() + "; return the same count at every point");
        }
        return r;
    }

    private int paramSlot(PinnProblem.Block b) {
        return b.paired() ? 2 * netSlots : netSlots;
    }

    private int slotsOf(PinnProblem.Block b) {
        return paramSlot(b) + nParams - netParams;
    }

    /** Back-propagates seed-scaled network slots of a residual into {@code target}. */
    private void backwardRow(PinnProblem.Block b, double[] theta, JetMlp.Workspace ws, JetMlp.Workspace ws2,
                             double[] g, double seed, double[] gOut, double[] target, int offset) {
        for (int s = 0; s < netSlots; s++) {
            gOut[s] = seed * g[s];
        }
        net.backward(theta, ws, gOut, target, offset);
        if (b.paired()) {
            for (int s = 0; s < netSlots; s++) {
                gOut[s] = seed * g[netSlots + s];
            }
            net.backward(theta, ws2, gOut, target, offset);
        }
    }

    private void readOut(JetMlp.Workspace ws, double[] netOut) {
        int nOut = problem.outputs();
        for (int o = 0; o < nOut; o++) {
            for (int c = 0; c < comps; c++) {
                netOut[o * comps + c] = ws.output(o, c);
            }
        }
    }

    private double[] paramValues(double[] theta) {
        return Arrays.copyOfRange(theta, netParams, nParams);
    }

    @Override
    public void evaluate(double[] theta, double[] r, DMatrixRMaj jac) {
        double[] pv = paramValues(theta);
        List<PinnProblem.Block> blocks = problem.blocks();
        if (jac != null) {
            jac.reshape(rows, nParams);
            Arrays.fill(jac.data, 0, rows * nParams, 0);
        }
        for (int bi = 0; bi < blocks.size(); bi++) {
            PinnProblem.Block b = blocks.get(bi);
            int n = b.points().length;
            double scale = Math.sqrt(2 * b.weight() * multipliers[bi] / n);
            int start = blockStart[bi];
            int chunks = Math.min(CHUNKS, n);
            IntStream.range(0, chunks).parallel().forEach(ch -> {
                if (jac == null && !b.paired() && batched) {
                    batchChunk(b, theta, pv, scale, ch * n / chunks, (ch + 1) * n / chunks, null, r, start);
                    return;
                }
                JetMlp.Workspace ws = net.new Workspace();
                JetMlp.Workspace ws2 = net.new Workspace();
                double[] netOut = new double[netSlots];
                double[] gOut = new double[netSlots];
                int ps = paramSlot(b);
                for (int i = ch * n / chunks; i < (ch + 1) * n / chunks; i++) {
                    Dual[] res = evalPoint(b, i, theta, ws, ws2, netOut, pv);
                    for (int k = 0; k < res.length; k++) {
                        int row = start + i * b.count() + k;
                        r[row] = scale * res[k].value();
                        if (jac != null) {
                            double[] g = res[k].gradRef();
                            int off = row * nParams;
                            backwardRow(b, theta, ws, ws2, g, scale, gOut, jac.data, off);
                            for (int t = 0; t < pv.length; t++) {
                                jac.data[off + netParams + t] = scale * g[ps + t];
                            }
                        }
                    }
                }
            });
        }
        int row = blockStart[blocks.size()];
        for (int g = 0; g < problem.globals().size(); g++, row++) {
            double[] gradRow = jac == null ? null : new double[nParams];
            r[row] = global(g, theta, pv, gradRow, 1.0);
            if (jac != null) {
                System.arraycopy(gradRow, 0, jac.data, row * nParams, nParams);
            }
        }
    }

    /**
     * Scaled global residual r̃ = √(2w) G(I); when {@code grad} is given, adds seed · ∂r̃/∂θ to it.
     */
    private double global(int g, double[] theta, double[] pv, double[] grad, double seedFactor) {
        GlobalTerm gt = problem.globals().get(g);
        double[][] pts = gt.points();
        double[] q = gt.quadratureWeights();
        SpaceJet[][] fac = problem.globalFactors(g);
        SpaceJet[][] lif = problem.globalLifts(g);
        JetMlp.Workspace ws = net.new Workspace();
        double[] netOut = new double[netSlots];
        int t = pv.length;
        double integral = 0;
        double[] dParams = new double[t];
        for (int i = 0; i < pts.length; i++) {
            net.forward(theta, pts[i], ws);
            readOut(ws, netOut);
            Dual f = gt.integrand().residual(pts[i].clone(), problem.jets(netOut, fac[i], lif[i], slots),
                    problem.params(pv, netSlots, slots));
            integral += q[i] * f.value();
            for (int k = 0; k < t; k++) {
                dParams[k] += q[i] * f.gradRef()[netSlots + k];
            }
        }
        Dual outer = gt.outer().apply(Dual.variable(integral, 0, 1 + t), problem.params(pv, 1, 1 + t));
        double scale = Math.sqrt(2 * gt.weight() * multipliers[problem.blocks().size() + g]);
        double value = scale * outer.value();
        if (grad != null) {
            double dGdI = outer.gradRef()[0] * scale * seedFactor;
            double[] gOut = new double[netSlots];
            for (int i = 0; i < pts.length; i++) {
                net.forward(theta, pts[i], ws);
                readOut(ws, netOut);
                Dual f = gt.integrand().residual(pts[i].clone(), problem.jets(netOut, fac[i], lif[i], slots),
                        problem.params(pv, netSlots, slots));
                for (int s = 0; s < netSlots; s++) {
                    gOut[s] = dGdI * q[i] * f.gradRef()[s];
                }
                net.backward(theta, ws, gOut, grad, 0);
            }
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
        double[] pv = paramValues(theta);
        List<PinnProblem.Block> blocks = problem.blocks();
        Arrays.fill(gradOut, 0);
        Map<String, Double> parts = new LinkedHashMap<>();
        double total = 0;
        for (int bi = 0; bi < blocks.size(); bi++) {
            double c = blockLoss(bi, theta, pv, gradOut);
            parts.put(blocks.get(bi).name(), c);
            total += c;
        }
        for (int g = 0; g < problem.globals().size(); g++) {
            double rv = global(g, theta, pv, null, 1);
            global(g, theta, pv, gradOut, rv);
            double c = 0.5 * rv * rv;
            parts.put(problem.globals().get(g).name(), c);
            total += c;
        }
        return new LossValue(total, parts);
    }

    /** Cost ½‖r̃_b‖² of block bi; adds its gradient to gradOut. */
    private double blockLoss(int bi, double[] theta, double[] pv, double[] gradOut) {
        PinnProblem.Block b = problem.blocks().get(bi);
        {
            int n = b.points().length;
            double scale = Math.sqrt(2 * b.weight() * multipliers[bi] / n);
            int chunks = Math.min(CHUNKS, n);
            double[][] partial = new double[chunks][];
            double[] cost = new double[chunks];
            IntStream.range(0, chunks).parallel().forEach(ch -> {
                if (!b.paired() && batched) {
                    partial[ch] = new double[nParams];
                    cost[ch] = batchChunk(b, theta, pv, scale, ch * n / chunks, (ch + 1) * n / chunks, partial[ch],
                            null, 0);
                    return;
                }
                JetMlp.Workspace ws = net.new Workspace();
                JetMlp.Workspace ws2 = net.new Workspace();
                double[] netOut = new double[netSlots];
                double[] gOut = new double[netSlots];
                int ps = paramSlot(b);
                double[] acc = new double[ps];
                double[] grad = new double[nParams];
                double c = 0;
                for (int i = ch * n / chunks; i < (ch + 1) * n / chunks; i++) {
                    Dual[] res = evalPoint(b, i, theta, ws, ws2, netOut, pv);
                    Arrays.fill(acc, 0);
                    for (Dual d : res) {
                        double rs = scale * d.value();
                        c += 0.5 * rs * rs;
                        double[] g = d.gradRef();
                        for (int s = 0; s < ps; s++) {
                            acc[s] += rs * scale * g[s];
                        }
                        for (int t = 0; t < pv.length; t++) {
                            grad[netParams + t] += rs * scale * g[ps + t];
                        }
                    }
                    backwardRow(b, theta, ws, ws2, acc, 1.0, gOut, grad, 0);
                }
                partial[ch] = grad;
                cost[ch] = c;
            });
            double c = 0;
            for (int ch = 0; ch < chunks; ch++) {
                c += cost[ch];
                double[] g = partial[ch];
                for (int k = 0; k < nParams; k++) {
                    gradOut[k] += g[k];
                }
            }
            return c;
        }
    }

    /**
     * Cost of points [lo, hi) of an unpaired block, batched through GEMMs; adds the gradient to
     * {@code grad} when given, writes the scaled residuals to {@code r} from row {@code start} when given.
     */
    private double batchChunk(PinnProblem.Block b, double[] theta, double[] pv, double scale, int lo, int hi,
                              double[] grad, double[] r, int start) {
        int bsz = hi - lo;
        JetMlp.BatchWorkspace bw = net.new BatchWorkspace(bsz);
        net.forwardBatch(theta, b.points(), lo, hi, bw, gemm);
        int nOut = problem.outputs();
        double[] netOut = new double[netSlots];
        double[] gAll = grad == null ? null : new double[bsz * netSlots];
        int s = slotsOf(b);
        double c = 0;
        for (int p = 0; p < bsz; p++) {
            int i = lo + p;
            for (int o = 0; o < nOut; o++) {
                for (int k = 0; k < comps; k++) {
                    netOut[o * comps + k] = bw.output(p, o, k);
                }
            }
            Jets u = problem.jets(netOut, b.factors()[i], b.lifts()[i], s);
            Dual[] res = b.fn().residuals(i, b.points()[i].clone(), u, null, problem.params(pv, netSlots, s));
            if (res.length != b.count()) {
                throw new IllegalArgumentException("PinnLoss: term '" + b.name() + "' returned " + res.length
                        + " residuals at point " + i + " but declares " + b.count()
                        + "; return the same count at every point");
            }
            for (int q = 0; q < res.length; q++) {
                Dual d = res[q];
                double rs = scale * d.value();
                c += 0.5 * rs * rs;
                if (r != null) {
                    r[start + i * b.count() + q] = rs;
                }
                if (grad == null) {
                    continue;
                }
                double[] g = d.gradRef();
                for (int k = 0; k < netSlots; k++) {
                    gAll[p * netSlots + k] += rs * scale * g[k];
                }
                for (int t = 0; t < pv.length; t++) {
                    grad[netParams + t] += rs * scale * g[netSlots + t];
                }
            }
        }
        if (grad != null) {
            net.backwardBatch(theta, bw, gAll, grad, gemm);
        }
        return c;
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
        PinnProblem.Block b = problem.blocks().get(0);
        double[] pv = paramValues(theta);
        double[] out = new double[points.length];
        int n = points.length;
        int chunks = Math.min(CHUNKS, n);
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            JetMlp.Workspace ws = net.new Workspace();
            double[] netOut = new double[netSlots];
            for (int i = ch * n / chunks; i < (ch + 1) * n / chunks; i++) {
                SpaceJet[] f = new SpaceJet[problem.outputs()];
                SpaceJet[] l = new SpaceJet[problem.outputs()];
                problem.transformsAt(points[i], f, l);
                net.forward(theta, points[i], ws);
                readOut(ws, netOut);
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
