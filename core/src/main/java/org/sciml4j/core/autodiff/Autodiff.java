package org.sciml4j.core.autodiff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sciml4j.core.SciMLException;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.tensor.Tensor;

/**
 * Reverse-mode differentiation over the graph recorded by {@link Tensor} operations.
 *
 * <p>{@link #gradients} computes ∂loss/∂t for a scalar loss and any tensors t of its graph in
 * one backward sweep (topological order, each node's vector–Jacobian product once). Gradient
 * buffers are held only during the call; the graph itself is owned by the loss tensor, so once
 * the caller drops the loss everything is collectable and a training loop runs in flat memory.
 *
 * <p>{@link #jacobian} gives ∂r_i/∂θ for a residual vector r: {@link #jacobianRowwise} in one
 * sweep when rows are independent (row i of every intermediate depends only on point i, true
 * for pointwise PINN residuals built from MLP and jet ops), otherwise one sweep per row.
 *
 * <p>Stateless; calls on different graphs may run concurrently.
 */
public final class Autodiff {
    private Autodiff() {
    }

    /** Nodes reachable from {@code root} that require gradients, in reverse topological order. */
    static List<Tensor> reverseTopo(Tensor root) {
        List<Tensor> order = new ArrayList<>();
        Map<Tensor, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        seen.put(root, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Tensor t = (Tensor) top[0];
            int next = (Integer) top[1];
            Tensor[] ins = t.gradFn() == null ? new Tensor[0] : t.gradFn().inputs();
            if (next < ins.length) {
                top[1] = next + 1;
                Tensor c = ins[next];
                if (c.requiresGrad() && !seen.containsKey(c)) {
                    seen.put(c, Boolean.TRUE);
                    stack.push(new Object[] {c, 0});
                }
            } else {
                stack.pop();
                order.add(t);
            }
        }
        java.util.Collections.reverse(order);
        return order;
    }

    /**
     * ∂loss/∂t for each requested tensor t (leaves or intermediates), as constant tensors of t's
     * shape; zeros where t does not influence the loss.
     *
     * @param loss    one-element tensor
     * @param targets tensors to differentiate with respect to (not modified)
     */
    public static List<Tensor> gradients(Tensor loss, List<Tensor> targets) {
        double[][] g = gradientArrays(loss, targets);
        List<Tensor> out = new ArrayList<>(targets.size());
        for (int i = 0; i < g.length; i++) {
            out.add(Tensor.of(g[i], targets.get(i).shape()));
        }
        return out;
    }

    /** As {@link #gradients} but returns raw row-major arrays (one per target, freshly allocated). */
    public static double[][] gradientArrays(Tensor loss, List<Tensor> targets) {
        if (loss.size() != 1) {
            throw new ShapeException("gradients: loss has shape " + Arrays.toString(loss.shape())
                    + "; reduce it to one element (sum() or mean()) or use jacobian(...)");
        }
        double[] seed = {1.0};
        return backprop(loss, seed, targets);
    }

    /**
     * Vector–Jacobian product: ∂(Σ_e seed_e · out_e)/∂t for each target t.
     *
     * @param out  any tensor
     * @param seed cotangent, same size as out (not modified)
     */
    public static double[][] vjp(Tensor out, double[] seed, List<Tensor> targets) {
        if (seed.length != out.size()) {
            throw new ShapeException("vjp: seed of length " + seed.length + " for output of shape "
                    + Arrays.toString(out.shape()) + "; the seed must have one entry per output element");
        }
        return backprop(out, seed, targets);
    }

    private static double[][] backprop(Tensor out, double[] seed, List<Tensor> targets) {
        double[][] result = new double[targets.size()][];
        if (!out.requiresGrad()) {
            for (int i = 0; i < result.length; i++) {
                result[i] = new double[targets.get(i).size()];
            }
            return result;
        }
        return backprop(reverseTopo(out), out, seed, targets);
    }

    private static double[][] backprop(List<Tensor> order, Tensor out, double[] seed, List<Tensor> targets) {
        Map<Tensor, Boolean> keep = new IdentityHashMap<>();
        for (Tensor t : targets) {
            keep.put(t, Boolean.TRUE);
        }
        Map<Tensor, double[]> grads = new IdentityHashMap<>();
        grads.put(out, seed.clone());
        // large gradient buffers of nodes already processed are recycled for later nodes of the
        // same size (a deep network's backward then holds a few big buffers instead of one per
        // intermediate: less allocation and GC of multi-megabyte arrays)
        Map<Integer, ArrayDeque<double[]>> pool = new java.util.HashMap<>();
        for (Tensor node : order) {
            GradFn fn = node.gradFn();
            boolean kept = keep.containsKey(node);
            double[] g = kept ? grads.get(node) : grads.remove(node);
            if (fn == null || g == null) {
                continue;
            }
            Tensor[] ins = fn.inputs();
            fn.backward(g, new GradSink() {
                @Override
                public double[] acc(int i) {
                    Tensor in = ins[i];
                    if (!in.requiresGrad()) {
                        return null;
                    }
                    return grads.computeIfAbsent(in, k -> zeroed(pool, k.size()));
                }

                @Override
                public boolean fresh(int i) {
                    return !grads.containsKey(ins[i]);
                }
            });
            if (!kept && g.length >= POOL_MIN) {
                pool.computeIfAbsent(g.length, len -> new ArrayDeque<>()).push(g);
            }
        }
        double[][] result = new double[targets.size()][];
        for (int i = 0; i < result.length; i++) {
            double[] g = grads.get(targets.get(i));
            result[i] = g == null ? new double[targets.get(i).size()] : g.clone();
        }
        return result;
    }

    /** Gradient buffers at least this long are recycled within one backward sweep. */
    private static final int POOL_MIN = 1 << 14;

    /** A zero buffer of length n: a recycled one cleared, else a new one. */
    private static double[] zeroed(Map<Integer, ArrayDeque<double[]>> pool, int n) {
        ArrayDeque<double[]> free = n >= POOL_MIN ? pool.get(n) : null;
        if (free == null || free.isEmpty()) {
            return new double[n];
        }
        double[] b = free.pop();
        Arrays.fill(b, 0.0);
        return b;
    }

    private static int[] offsets(List<Tensor> leaves) {
        int[] off = new int[leaves.size() + 1];
        for (int i = 0; i < leaves.size(); i++) {
            off[i + 1] = off[i] + leaves.get(i).size();
        }
        return off;
    }

    private static int points(Tensor residuals) {
        int[] s = residuals.shape();
        if (s.length == 0) {
            return 1;
        }
        if (residuals.size() != s[0]) {
            throw new ShapeException("jacobian: residuals of shape " + Arrays.toString(s)
                    + " must be a vector [M] or a column [M, 1]; reshape(-1) them");
        }
        return s[0];
    }

    /**
     * Jacobian J[i, j] = ∂r_i/∂θ_j of residuals r ([M] or [M,1]) w.r.t. the concatenated
     * flattened leaves θ, row-major [M, P]. Uses {@link #jacobianRowwise} when the graph allows
     * it, otherwise one reverse sweep per residual reusing one topological order.
     */
    public static double[] jacobian(Tensor residuals, List<Tensor> leaves) {
        try {
            return jacobianRowwise(residuals, leaves);
        } catch (RowwiseUnsupportedException e) {
            return jacobianByRows(residuals, leaves);
        }
    }

    /** Generic Jacobian: one reverse sweep per residual row (M sweeps), row-major [M, P]. */
    public static double[] jacobianByRows(Tensor residuals, List<Tensor> leaves) {
        int m = points(residuals);
        int[] off = offsets(leaves);
        int p = off[leaves.size()];
        double[] jac = new double[m * p];
        if (!residuals.requiresGrad()) {
            return jac;
        }
        List<Tensor> order = reverseTopo(residuals);
        double[] seed = new double[m];
        for (int i = 0; i < m; i++) {
            seed[i] = 1.0;
            double[][] g = backprop(order, residuals, seed, leaves);
            seed[i] = 0.0;
            for (int l = 0; l < g.length; l++) {
                System.arraycopy(g[l], 0, jac, i * p + off[l], g[l].length);
            }
        }
        return jac;
    }

    /** Thrown internally when the graph is not row-local; {@link #jacobian} then falls back. */
    public static final class RowwiseUnsupportedException extends SciMLException {
        private static final long serialVersionUID = 1L;

        RowwiseUnsupportedException(String message) {
            super(message);
        }
    }

    /**
     * Jacobian in ONE reverse sweep for row-independent residuals: seeds ones and, where an op
     * feeds a leaf broadcast over rows (weight matrix, bias, scalar), keeps each row's
     * contribution in its own Jacobian row instead of summing. Row r of any intermediate with
     * k·M rows belongs to point r mod M (stacked jet streams).
     *
     * @throws RowwiseUnsupportedException if some op mixes rows (sums over rows, reshapes
     *                                     across rows, a non-leaf broadcast over rows)
     */
    public static double[] jacobianRowwise(Tensor residuals, List<Tensor> leaves) {
        int m = points(residuals);
        int[] off = offsets(leaves);
        int p = off[leaves.size()];
        double[] jac = new double[m * p];
        if (!residuals.requiresGrad()) {
            return jac;
        }
        Map<Tensor, Integer> leafIndex = new IdentityHashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            if (!leaves.get(i).isLeaf()) {
                throw new RowwiseUnsupportedException("jacobianRowwise: target " + i + " is not a leaf");
            }
            leafIndex.put(leaves.get(i), i);
        }
        List<Tensor> order = reverseTopo(residuals);
        for (Tensor t : order) {
            if (t.isLeaf()) {
                continue;
            }
            if (t.rank() == 0 || t.dim(0) % m != 0) {
                throw new RowwiseUnsupportedException("jacobianRowwise: intermediate " + t.gradFn().name()
                        + " of shape " + Arrays.toString(t.shape()) + " has no rows of " + m + " points");
            }
            if (!t.gradFn().rowLocal(m)) {
                throw new RowwiseUnsupportedException("jacobianRowwise: op " + t.gradFn().name() + " mixes rows");
            }
        }
        Map<Tensor, double[]> grads = new IdentityHashMap<>();
        double[] seed = new double[m];
        Arrays.fill(seed, 1.0);
        grads.put(residuals, seed);
        for (Tensor node : order) {
            GradFn fn = node.gradFn();
            double[] g = grads.remove(node);
            if (fn == null || g == null) {
                continue;
            }
            Tensor[] ins = fn.inputs();
            double[][] scatter = new double[ins.length][];
            boolean[] handled = new boolean[ins.length];
            for (int i = 0; i < ins.length; i++) {
                Integer li = leafIndex.get(ins[i]);
                if (li == null) {
                    continue;
                }
                if (fn.rowwiseLeaf(g, i, jac, m, p, off[li])) {
                    handled[i] = true;
                } else {
                    Tensor in = ins[i];
                    if (in.rank() == 0 || in.dim(0) != node.dim(0)) {
                        throw new RowwiseUnsupportedException("jacobianRowwise: leaf " + li + " of shape "
                                + Arrays.toString(in.shape()) + " broadcast in op " + fn.name());
                    }
                    scatter[i] = new double[in.size()];
                }
            }
            fn.backward(g, i -> {
                Tensor in = ins[i];
                if (!in.requiresGrad() || handled[i]) {
                    return null;
                }
                if (scatter[i] != null) {
                    return scatter[i];
                }
                if (in.isLeaf()) {
                    return null; // a leaf that is not a target
                }
                return grads.computeIfAbsent(in, k -> new double[k.size()]);
            });
            for (int i = 0; i < ins.length; i++) {
                if (scatter[i] != null) {
                    int li = leafIndex.get(ins[i]);
                    int rowLen = ins[i].size() / ins[i].dim(0);
                    double[] s = scatter[i];
                    for (int e = 0; e < s.length; e++) {
                        int r = e / rowLen;
                        jac[(r % m) * p + off[li] + e] += s[e];
                    }
                }
            }
        }
        return jac;
    }
}
