package org.sciml4j.core.tensor;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.sciml4j.core.NonFiniteException;
import org.sciml4j.core.SciMLException;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.autodiff.GradFn;
import org.sciml4j.core.autodiff.GradSink;
import org.sciml4j.core.linalg.Gemm;

/**
 * An immutable dense row-major float64 tensor that is also a node of the reverse-mode autodiff
 * graph. Every operation returns a new tensor; if any input {@link #requiresGrad()}, the result
 * records its {@link GradFn} so {@link org.sciml4j.core.autodiff.Autodiff} can differentiate
 * through it. Tensors that require no gradient keep no graph, so constant computations cost no
 * memory beyond their values.
 *
 * <p>Broadcasting follows numpy: shapes are aligned from the right and a dimension of size 1
 * (or a missing leading dimension) is repeated. Matrix products are 2-D and go through a
 * {@link Gemm} backend ({@link Gemm#defaultGemm()} unless one is passed).
 *
 * <p>Storage: values are held in a {@code double[]} ({@link #dtype()} is {@link DType#FLOAT64}).
 * A float32 variant would add a {@code float[]} storage selected by {@link DType}; every kernel
 * reads storage only through this class and {@link #rawData()}, so the change stays local.
 *
 * <p>NaN and infinities are accepted as values; {@link #checkFinite(String)} finds them.
 * Thread safety: immutable, so safe to share between threads.
 */
public final class Tensor {
    private static final int[] SCALAR_SHAPE = new int[0];

    private final double[] data;
    private final int[] shape;
    private final boolean requiresGrad;
    private final GradFn gradFn;

    private Tensor(double[] data, int[] shape, boolean requiresGrad, GradFn gradFn) {
        this.data = data;
        this.shape = shape;
        this.requiresGrad = requiresGrad;
        this.gradFn = gradFn;
    }

    // ------------------------------------------------------------------ factories

    /** A constant tensor holding a copy of {@code data} with the given shape. */
    public static Tensor of(double[] data, int... shape) {
        int[] s = checkShape("Tensor.of", shape);
        if (data.length != numel(s)) {
            throw new ShapeException("Tensor.of: " + data.length + " values do not fill shape " + Arrays.toString(s)
                    + " (" + numel(s) + " values); pass matching data or shape");
        }
        return new Tensor(data.clone(), s, false, null);
    }

    /** A leaf tensor (copy of {@code data}) that requires gradients: a trainable variable. */
    public static Tensor variable(double[] data, int... shape) {
        return of(data, shape).withGrad();
    }

    /** A rank-0 constant. */
    public static Tensor scalar(double value) {
        return new Tensor(new double[] {value}, SCALAR_SHAPE, false, null);
    }

    /** A constant of zeros. */
    public static Tensor zeros(int... shape) {
        int[] s = checkShape("Tensor.zeros", shape);
        return new Tensor(new double[numel(s)], s, false, null);
    }

    /** A constant of ones. */
    public static Tensor ones(int... shape) {
        return full(1.0, shape);
    }

    /** A constant filled with {@code value}. */
    public static Tensor full(double value, int... shape) {
        int[] s = checkShape("Tensor.full", shape);
        double[] d = new double[numel(s)];
        Arrays.fill(d, value);
        return new Tensor(d, s, false, null);
    }

    /** Standard normal samples drawn from {@code rng} (advances it). Same seed, same values. */
    public static Tensor randn(SplittableRandom rng, int... shape) {
        int[] s = checkShape("Tensor.randn", shape);
        double[] d = new double[numel(s)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        return new Tensor(d, s, false, null);
    }

    /** Uniform samples in [0, 1) drawn from {@code rng} (advances it). */
    public static Tensor rand(SplittableRandom rng, int... shape) {
        int[] s = checkShape("Tensor.rand", shape);
        double[] d = new double[numel(s)];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextDouble();
        }
        return new Tensor(d, s, false, null);
    }

    /**
     * For kernel authors: a tensor that takes ownership of {@code data} (not copied; the caller
     * must not modify it afterwards). If {@code fn} is non-null the tensor requires gradients and
     * {@code fn} is its backward rule.
     */
    public static Tensor wrap(double[] data, int[] shape, GradFn fn) {
        int[] s = checkShape("Tensor.wrap", shape);
        if (data.length != numel(s)) {
            throw new ShapeException("Tensor.wrap: " + data.length + " values do not fill shape " + Arrays.toString(s));
        }
        return new Tensor(data, s, fn != null, fn);
    }

    /** Builds an op result: records {@code fn} only if some input requires gradients. */
    static Tensor result(double[] data, int[] shape, GradFn fn, Tensor... inputs) {
        for (Tensor t : inputs) {
            if (t.requiresGrad) {
                return new Tensor(data, shape, true, fn);
            }
        }
        return new Tensor(data, shape, false, null);
    }

    static boolean anyGrad(Tensor... inputs) {
        for (Tensor t : inputs) {
            if (t.requiresGrad) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ accessors

    /** Element type of the storage. */
    public DType dtype() {
        return DType.FLOAT64;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    int[] rawShape() {
        return shape;
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int size() {
        return data.length;
    }

    /** Size of dimension {@code axis} (negative counts from the end). */
    public int dim(int axis) {
        return shape[axis(axis, "dim")];
    }

    /** The value of a one-element tensor. */
    public double item() {
        if (data.length != 1) {
            throw new ShapeException("item: tensor of shape " + Arrays.toString(shape)
                    + " has " + data.length + " elements; item() needs exactly one (reduce with sum() or mean())");
        }
        return data[0];
    }

    /** The element at the given index (one index per dimension). */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new ShapeException("get: " + index.length + " indices for shape " + Arrays.toString(shape)
                    + "; pass one index per dimension");
        }
        int off = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new ShapeException("get: index " + Arrays.toString(index) + " out of bounds for shape "
                        + Arrays.toString(shape));
            }
            off = off * shape[i] + index[i];
        }
        return data[off];
    }

    /** A copy of the values, row-major. */
    public double[] toArray() {
        return data.clone();
    }

    /**
     * For kernel authors: the backing array itself, row-major. Must not be modified: tensors are
     * immutable and may share storage.
     */
    public double[] rawData() {
        return data;
    }

    /** Whether gradients flow to or through this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** The backward rule that produced this tensor, or null for a leaf or a constant. */
    public GradFn gradFn() {
        return gradFn;
    }

    /** Whether this is a leaf (no recorded producer). */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** The same values as a constant cut from the graph (storage shared, no copy). */
    public Tensor detach() {
        return requiresGrad ? new Tensor(data, shape, false, null) : this;
    }

    /** The same values as a new leaf that requires gradients (storage shared, no copy). */
    public Tensor withGrad() {
        return new Tensor(data, shape, true, null);
    }

    /**
     * Throws {@link NonFiniteException} naming {@code what} and the first NaN/infinite element.
     *
     * @return this, for chaining
     */
    public Tensor checkFinite(String what) {
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new NonFiniteException(what + ": element " + i + " of tensor " + Arrays.toString(shape)
                        + " is " + data[i] + "; check inputs, learning rate and divisions/logs of non-positive values");
            }
        }
        return this;
    }

    /** Whether every element is finite. */
    public boolean isFinite() {
        for (double v : data) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        String vals = data.length <= 16 ? Arrays.toString(data) : "[" + data.length + " values]";
        return "Tensor" + Arrays.toString(shape) + (requiresGrad ? "(grad)" : "") + " " + vals;
    }

    // ------------------------------------------------------------------ helpers

    static int numel(int[] shape) {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new ShapeException("tensor shape " + Arrays.toString(shape) + " has " + n
                    + " elements; at most 2^31 - 9 fit one array");
        }
        return (int) n;
    }

    static int[] checkShape(String op, int[] shape) {
        for (int s : shape) {
            if (s < 0) {
                throw new ShapeException(op + ": shape " + Arrays.toString(shape) + " has a negative dimension");
            }
        }
        return shape.clone();
    }

    private int axis(int axis, String op) {
        int a = axis < 0 ? axis + shape.length : axis;
        if (a < 0 || a >= shape.length) {
            throw new ShapeException(op + ": axis " + axis + " out of range for shape " + Arrays.toString(shape)
                    + " (rank " + shape.length + ")");
        }
        return a;
    }

    /** Base of the op rules: name and inputs. */
    abstract static class Op implements GradFn {
        final String name;
        final Tensor[] inputs;

        Op(String name, Tensor... inputs) {
            this.name = name;
            this.inputs = inputs;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Tensor[] inputs() {
            return inputs;
        }
    }

    // ------------------------------------------------------------------ broadcasting binary ops

    /** Elementwise sum with broadcasting. */
    public Tensor add(Tensor other) {
        return Broadcast.binary(Broadcast.Kind.ADD, this, other);
    }

    /** Elementwise difference with broadcasting. */
    public Tensor sub(Tensor other) {
        return Broadcast.binary(Broadcast.Kind.SUB, this, other);
    }

    /** Elementwise product with broadcasting. */
    public Tensor mul(Tensor other) {
        return Broadcast.binary(Broadcast.Kind.MUL, this, other);
    }

    /** Elementwise quotient with broadcasting. */
    public Tensor div(Tensor other) {
        return Broadcast.binary(Broadcast.Kind.DIV, this, other);
    }

    /** this + c. */
    public Tensor add(double c) {
        return affine(1.0, c);
    }

    /** this − c. */
    public Tensor sub(double c) {
        return affine(1.0, -c);
    }

    /** this · c. */
    public Tensor mul(double c) {
        return affine(c, 0.0);
    }

    /** this / c. */
    public Tensor div(double c) {
        return affine(1.0 / c, 0.0);
    }

    /** c · this (same as {@link #mul(double)}). */
    public Tensor scale(double c) {
        return affine(c, 0.0);
    }

    /** a · this + b elementwise. */
    public Tensor affine(double a, double b) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a * data[i] + b;
        }
        Tensor self = this;
        return result(out, shape, new Op("affine", self) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int i = 0; i < g.length; i++) {
                    ga[i] += a * g[i];
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return true;
            }
        }, this);
    }

    // ------------------------------------------------------------------ unary ops

    private Tensor unary(Unary u) {
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = u.f(data[i]);
        }
        Tensor self = this;
        return result(out, shape, new Op(u.name().toLowerCase(java.util.Locale.ROOT), self) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                double[] x = self.data;
                for (int i = 0; i < g.length; i++) {
                    ga[i] += g[i] * u.df(x[i], out[i]);
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return true;
            }
        }, this);
    }

    /** −this. */
    public Tensor neg() {
        return affine(-1.0, 0.0);
    }

    /** this² elementwise. */
    public Tensor square() {
        return unary(Unary.SQUARE);
    }

    /** |this| elementwise (derivative sign(x), 0 at 0). */
    public Tensor abs() {
        return unary(Unary.ABS);
    }

    /** e^this. */
    public Tensor exp() {
        return unary(Unary.EXP);
    }

    /** Natural logarithm (NaN for negative values, −∞ at 0). */
    public Tensor log() {
        return unary(Unary.LOG);
    }

    /** Square root. */
    public Tensor sqrt() {
        return unary(Unary.SQRT);
    }

    /** sin. */
    public Tensor sin() {
        return unary(Unary.SIN);
    }

    /** cos. */
    public Tensor cos() {
        return unary(Unary.COS);
    }

    /** tanh. */
    public Tensor tanh() {
        return unary(Unary.TANH);
    }

    /** Logistic sigmoid 1/(1+e^−x). */
    public Tensor sigmoid() {
        return unary(Unary.SIGMOID);
    }

    /** softplus log(1+e^x). */
    public Tensor softplus() {
        return unary(Unary.SOFTPLUS);
    }

    /** max(x, 0); derivative taken as 0 at 0. */
    public Tensor relu() {
        return unary(Unary.RELU);
    }

    /** GELU, exact erf form: x·Φ(x) with Φ the standard normal CDF. */
    public Tensor gelu() {
        return unary(Unary.GELU);
    }

    /** this^p elementwise (NaN for negative bases with non-integer p). */
    public Tensor pow(double p) {
        if (p == 2.0) {
            return square();
        }
        double[] out = new double[data.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.pow(data[i], p);
        }
        Tensor self = this;
        return result(out, shape, new Op("pow", self) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int i = 0; i < g.length; i++) {
                    ga[i] += g[i] * p * Math.pow(self.data[i], p - 1.0);
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return true;
            }
        }, this);
    }

    // ------------------------------------------------------------------ matmul

    /** Matrix product [m,k]·[k,n] through the default GEMM backend. */
    public Tensor matmul(Tensor other) {
        return matmul(other, Gemm.defaultGemm());
    }

    /** Matrix product [m,k]·[k,n] through {@code gemm} (also used for the backward products). */
    public Tensor matmul(Tensor other, Gemm gemm) {
        if (shape.length != 2 || other.shape.length != 2) {
            throw new ShapeException("matmul: " + Arrays.toString(shape) + " x " + Arrays.toString(other.shape)
                    + ": both operands must be 2-D; reshape vectors to [n, 1] or [1, n]");
        }
        int m = shape[0];
        int k = shape[1];
        int n = other.shape[1];
        if (other.shape[0] != k) {
            throw new ShapeException("matmul: " + Arrays.toString(shape) + " x " + Arrays.toString(other.shape)
                    + ": inner dimensions " + k + " and " + other.shape[0] + " differ");
        }
        double[] out = new double[m * n];
        gemm.gemmConstInputs(false, false, m, n, k, 1.0, data, 0, k, other.data, 0, n, 0.0, out, 0, n);
        Tensor a = this;
        Tensor b = other;
        return result(out, new int[] {m, n}, new Op("matmul", a, b) {
            @Override
            public void backward(double[] g, GradSink sink) {
                boolean fa = sink.fresh(0);
                double[] ga = sink.acc(0);
                if (ga != null) { // dA = G B^T
                    gemm.gemmConstInputs(false, true, m, k, n, 1.0, g, 0, n, b.data, 0, n, fa ? 0.0 : 1.0, ga, 0, k);
                }
                boolean fb = sink.fresh(1);
                double[] gb = sink.acc(1);
                if (gb != null) { // dB = A^T G
                    gemm.gemmConstInputs(true, false, k, n, m, 1.0, a.data, 0, k, g, 0, n, fb ? 0.0 : 1.0, gb, 0, n);
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return !b.requiresGrad || b.isLeaf();
            }

            @Override
            public boolean rowwiseLeaf(double[] g, int input, double[] jac, int points, int cols, int colOffset) {
                if (input != 1) {
                    return false;
                }
                for (int r = 0; r < m; r++) {
                    int jr = (r % points) * cols + colOffset;
                    for (int p = 0; p < k; p++) {
                        double av = a.data[r * k + p];
                        if (av == 0.0) {
                            continue;
                        }
                        int jo = jr + p * n;
                        int go = r * n;
                        for (int q = 0; q < n; q++) {
                            jac[jo + q] += av * g[go + q];
                        }
                    }
                }
                return true;
            }
        }, a, b);
    }

    // ------------------------------------------------------------------ reductions

    /** Sum of all elements (rank 0). */
    public Tensor sum() {
        double s = 0.0;
        for (double v : data) {
            s += v;
        }
        return result(new double[] {s}, SCALAR_SHAPE, new Op("sum", this) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                double gv = g[0];
                for (int i = 0; i < ga.length; i++) {
                    ga[i] += gv;
                }
            }
        }, this);
    }

    /** Mean of all elements (rank 0). */
    public Tensor mean() {
        if (data.length == 0) {
            throw new ShapeException("mean: tensor of shape " + Arrays.toString(shape) + " is empty");
        }
        return sum().mul(1.0 / data.length);
    }

    /** Sum along {@code axis}; keepDim keeps it with size 1. */
    public Tensor sum(int axis, boolean keepDim) {
        int ax = axis(axis, "sum");
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= shape[i];
        }
        int len = shape[ax];
        int inner = 1;
        for (int i = ax + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int l = 0; l < len; l++) {
                int src = (o * len + l) * inner;
                int dst = o * inner;
                for (int i = 0; i < inner; i++) {
                    out[dst + i] += data[src + i];
                }
            }
        }
        int[] os;
        if (keepDim) {
            os = shape.clone();
            os[ax] = 1;
        } else {
            os = new int[shape.length - 1];
            for (int i = 0, j = 0; i < shape.length; i++) {
                if (i != ax) {
                    os[j++] = shape[i];
                }
            }
        }
        final int fo = outer;
        final int fi = inner;
        return result(out, os, new Op("sum(axis)", this) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int o = 0; o < fo; o++) {
                    for (int l = 0; l < len; l++) {
                        int dst = (o * len + l) * fi;
                        int src = o * fi;
                        for (int i = 0; i < fi; i++) {
                            ga[dst + i] += g[src + i];
                        }
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return ax > 0 && (keepDim || shape.length > 1);
            }
        }, this);
    }

    /** Mean along {@code axis}; keepDim keeps it with size 1. */
    public Tensor mean(int axis, boolean keepDim) {
        int n = shape[axis(axis, "mean")];
        if (n == 0) {
            throw new ShapeException("mean: axis " + axis + " of shape " + Arrays.toString(shape) + " is empty");
        }
        return sum(axis, keepDim).mul(1.0 / n);
    }

    // ------------------------------------------------------------------ shape ops

    /** Same values with a new shape of equal size; one dimension may be −1 (inferred). */
    public Tensor reshape(int... newShape) {
        int[] s = newShape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) {
                    throw new ShapeException("reshape: " + Arrays.toString(shape) + " -> " + Arrays.toString(newShape)
                            + ": at most one dimension may be -1");
                }
                infer = i;
            } else {
                known *= s[i];
            }
        }
        if (infer >= 0 && known > 0) {
            s[infer] = (int) (data.length / known);
        }
        s = checkShape("reshape", s);
        if (numel(s) != data.length) {
            throw new ShapeException("reshape: " + Arrays.toString(shape) + " -> " + Arrays.toString(newShape)
                    + ": sizes " + data.length + " and " + numel(s) + " differ; keep the element count");
        }
        final int[] fs = s;
        Tensor self = this;
        return result(data, s, new Op("reshape", self) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int i = 0; i < g.length; i++) {
                    ga[i] += g[i];
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return self.shape.length > 0 && fs.length > 0 && self.shape[0] == fs[0];
            }
        }, this);
    }

    /** Matrix transpose of a 2-D tensor. */
    public Tensor transpose() {
        if (shape.length != 2) {
            throw new ShapeException("transpose: shape " + Arrays.toString(shape)
                    + " is not 2-D; use permute(...) for higher ranks");
        }
        return permute(1, 0);
    }

    /** Axes permuted: result dimension i is this tensor's dimension {@code perm[i]}. */
    public Tensor permute(int... perm) {
        int r = shape.length;
        if (perm.length != r) {
            throw new ShapeException("permute: " + Arrays.toString(perm) + " for shape " + Arrays.toString(shape)
                    + ": give one axis per dimension");
        }
        boolean[] seen = new boolean[r];
        for (int p : perm) {
            if (p < 0 || p >= r || seen[p]) {
                throw new ShapeException("permute: " + Arrays.toString(perm) + " is not a permutation of 0.."
                        + (r - 1));
            }
            seen[p] = true;
        }
        int[] os = new int[r];
        for (int i = 0; i < r; i++) {
            os[i] = shape[perm[i]];
        }
        int[] inStride = strides(shape);
        int[] map = new int[data.length]; // out index -> in index
        int[] idx = new int[r];
        for (int e = 0; e < map.length; e++) {
            int off = 0;
            for (int i = 0; i < r; i++) {
                off += idx[i] * inStride[perm[i]];
            }
            map[e] = off;
            for (int i = r - 1; i >= 0; i--) {
                if (++idx[i] < os[i]) {
                    break;
                }
                idx[i] = 0;
            }
        }
        double[] out = new double[data.length];
        for (int e = 0; e < out.length; e++) {
            out[e] = data[map[e]];
        }
        return result(out, os, new Op("permute", this) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int e = 0; e < g.length; e++) {
                    ga[map[e]] += g[e];
                }
            }
        }, this);
    }

    static int[] strides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            st[i] = s;
            s *= shape[i];
        }
        return st;
    }

    /** Elements {@code from} (inclusive) to {@code to} (exclusive) along {@code axis}. */
    public Tensor slice(int axis, int from, int to) {
        int ax = axis(axis, "slice");
        if (from < 0 || to > shape[ax] || from > to) {
            throw new ShapeException("slice: [" + from + ", " + to + ") along axis " + axis + " of shape "
                    + Arrays.toString(shape) + ": need 0 <= from <= to <= " + shape[ax]);
        }
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= shape[i];
        }
        int len = shape[ax];
        int inner = 1;
        for (int i = ax + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int w = (to - from) * inner;
        double[] out = new double[outer * w];
        for (int o = 0; o < outer; o++) {
            System.arraycopy(data, (o * len + from) * inner, out, o * w, w);
        }
        int[] os = shape.clone();
        os[ax] = to - from;
        final int fo = outer;
        final int fi = inner;
        return result(out, os, new Op("slice", this) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int o = 0; o < fo; o++) {
                    int dst = (o * len + from) * fi;
                    int src = o * w;
                    for (int i = 0; i < w; i++) {
                        ga[dst + i] += g[src + i];
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return ax > 0 || (from % points == 0 && (to - from) % points == 0);
            }
        }, this);
    }

    /** Concatenation along {@code axis}; all other dimensions must agree. */
    public static Tensor concat(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new ShapeException("concat: no tensors given; pass at least one");
        }
        int[] s0 = parts[0].shape;
        int ax = parts[0].axis(axis, "concat");
        int total = 0;
        for (Tensor t : parts) {
            if (t.shape.length != s0.length) {
                throw new ShapeException("concat: ranks differ: " + Arrays.toString(s0) + " and "
                        + Arrays.toString(t.shape));
            }
            for (int i = 0; i < s0.length; i++) {
                if (i != ax && t.shape[i] != s0[i]) {
                    throw new ShapeException("concat: " + Arrays.toString(s0) + " and " + Arrays.toString(t.shape)
                            + " along axis " + axis + ": dimension " + i + " differs (" + s0[i] + " vs " + t.shape[i] + ")");
                }
            }
            total += t.shape[ax];
        }
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= s0[i];
        }
        int inner = 1;
        for (int i = ax + 1; i < s0.length; i++) {
            inner *= s0[i];
        }
        int[] os = s0.clone();
        os[ax] = total;
        double[] out = new double[numel(os)];
        int rowW = total * inner;
        int[] offs = new int[parts.length];
        int acc = 0;
        for (int p = 0; p < parts.length; p++) {
            offs[p] = acc;
            int w = parts[p].shape[ax] * inner;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(parts[p].data, o * w, out, o * rowW + acc, w);
            }
            acc += w;
        }
        Tensor[] ins = parts.clone();
        final int fo = outer;
        final int fi = inner;
        return result(out, os, new Op("concat", ins) {
            @Override
            public void backward(double[] g, GradSink sink) {
                for (int p = 0; p < ins.length; p++) {
                    double[] gp = sink.acc(p);
                    if (gp == null) {
                        continue;
                    }
                    int w = ins[p].shape[ax] * fi;
                    for (int o = 0; o < fo; o++) {
                        int src = o * rowW + offs[p];
                        int dst = o * w;
                        for (int i = 0; i < w; i++) {
                            gp[dst + i] += g[src + i];
                        }
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                if (ax > 0) {
                    return true;
                }
                for (Tensor t : ins) {
                    if (t.shape[0] % points != 0) {
                        return false;
                    }
                }
                return true;
            }
        }, ins);
    }

    /** Stacks equal-shape tensors along a new axis {@code axis} (0..rank). */
    public static Tensor stack(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new ShapeException("stack: no tensors given; pass at least one");
        }
        int[] s0 = parts[0].shape;
        int r = s0.length;
        int ax = axis < 0 ? axis + r + 1 : axis;
        if (ax < 0 || ax > r) {
            throw new ShapeException("stack: axis " + axis + " out of range for rank-" + r + " tensors");
        }
        Tensor[] ex = new Tensor[parts.length];
        for (int p = 0; p < parts.length; p++) {
            if (!Arrays.equals(parts[p].shape, s0)) {
                throw new ShapeException("stack: shapes " + Arrays.toString(s0) + " and "
                        + Arrays.toString(parts[p].shape) + " differ; stack needs equal shapes");
            }
            int[] ns = new int[r + 1];
            for (int i = 0, j = 0; i <= r; i++) {
                ns[i] = i == ax ? 1 : s0[j++];
            }
            ex[p] = parts[p].reshape(ns);
        }
        return concat(ax, ex);
    }

    /** Selects {@code indices} (repeats allowed) along {@code axis}; backward scatters and adds. */
    public Tensor gather(int axis, int[] indices) {
        int ax = axis(axis, "gather");
        int len = shape[ax];
        int[] idx = indices.clone();
        for (int v : idx) {
            if (v < 0 || v >= len) {
                throw new ShapeException("gather: index " + v + " out of range [0, " + len + ") along axis " + axis
                        + " of shape " + Arrays.toString(shape));
            }
        }
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= shape[i];
        }
        int inner = 1;
        for (int i = ax + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        int[] os = shape.clone();
        os[ax] = idx.length;
        double[] out = new double[outer * idx.length * inner];
        for (int o = 0; o < outer; o++) {
            for (int j = 0; j < idx.length; j++) {
                System.arraycopy(data, (o * len + idx[j]) * inner, out, (o * idx.length + j) * inner, inner);
            }
        }
        final int fo = outer;
        final int fi = inner;
        return result(out, os, new Op("gather", this) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                for (int o = 0; o < fo; o++) {
                    for (int j = 0; j < idx.length; j++) {
                        int dst = (o * len + idx[j]) * fi;
                        int src = (o * idx.length + j) * fi;
                        for (int i = 0; i < fi; i++) {
                            ga[dst + i] += g[src + i];
                        }
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return ax > 0;
            }
        }, this);
    }
}
