package org.sciml4j.core.tensor;

import java.util.Arrays;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.autodiff.GradSink;

/** Numpy-style broadcasting elementwise binary ops and their backward rules. */
final class Broadcast {
    private Broadcast() {
    }

    enum Kind { ADD, SUB, MUL, DIV }

    /** Maps output flat index to operand flat index. */
    static final class IndexMap {
        final int mode; // 0 same, 1 modulo (trailing-block broadcast incl. scalar), 2 general
        final int mod;
        final int[] map;

        IndexMap(int mode, int mod, int[] map) {
            this.mode = mode;
            this.mod = mod;
            this.map = map;
        }

        int at(int e) {
            return mode == 0 ? e : mode == 1 ? e % mod : map[e];
        }
    }

    static int[] shape(String op, int[] a, int[] b) {
        int r = Math.max(a.length, b.length);
        int[] out = new int[r];
        for (int i = 0; i < r; i++) {
            int da = i - (r - a.length) >= 0 ? a[i - (r - a.length)] : 1;
            int db = i - (r - b.length) >= 0 ? b[i - (r - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new ShapeException(op + ": " + Arrays.toString(a) + " and " + Arrays.toString(b)
                        + ": dimensions " + da + " and " + db + " (axis " + i + " of the result) cannot broadcast;"
                        + " sizes must match or be 1");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    static IndexMap map(int[] in, int[] out) {
        int n = Tensor.numel(out);
        if (Arrays.equals(in, out)) {
            return new IndexMap(0, 0, null);
        }
        int inSize = Tensor.numel(in);
        // trailing-block broadcast: in (left-padded with 1s) equals out on its last dims and 1 before
        int r = out.length;
        int pad = r - in.length;
        int firstNonOne = 0;
        while (firstNonOne < in.length && in[firstNonOne] == 1) {
            firstNonOne++;
        }
        boolean trailing = true;
        for (int i = firstNonOne; i < in.length; i++) {
            if (in[i] != out[i + pad]) {
                trailing = false;
                break;
            }
        }
        if (trailing && inSize > 0) {
            return new IndexMap(1, inSize, null);
        }
        int[] st = new int[r];
        int[] ist = Tensor.strides(in);
        for (int i = 0; i < in.length; i++) {
            st[i + pad] = in[i] == 1 ? 0 : ist[i];
        }
        int[] m = new int[n];
        int[] idx = new int[r];
        int off = 0;
        for (int e = 0; e < n; e++) {
            m[e] = off;
            for (int i = r - 1; i >= 0; i--) {
                idx[i]++;
                off += st[i];
                if (idx[i] < out[i]) {
                    break;
                }
                off -= st[i] * idx[i];
                idx[i] = 0;
            }
        }
        return new IndexMap(2, 0, m);
    }

    static Tensor binary(Kind kind, Tensor a, Tensor b) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        int[] as = a.rawShape();
        int[] bs = b.rawShape();
        int[] os = shape(name, as, bs);
        IndexMap ia = map(as, os);
        IndexMap ib = map(bs, os);
        double[] x = a.rawData();
        double[] y = b.rawData();
        int n = Tensor.numel(os);
        double[] out = new double[n];
        if (ia.mode == 0 && ib.mode == 0) {
            switch (kind) {
                case ADD: for (int e = 0; e < n; e++) { out[e] = x[e] + y[e]; } break;
                case SUB: for (int e = 0; e < n; e++) { out[e] = x[e] - y[e]; } break;
                case MUL: for (int e = 0; e < n; e++) { out[e] = x[e] * y[e]; } break;
                default: for (int e = 0; e < n; e++) { out[e] = x[e] / y[e]; } break;
            }
        } else {
            for (int e = 0; e < n; e++) {
                double u = x[ia.at(e)];
                double v = y[ib.at(e)];
                switch (kind) {
                    case ADD: out[e] = u + v; break;
                    case SUB: out[e] = u - v; break;
                    case MUL: out[e] = u * v; break;
                    default: out[e] = u / v; break;
                }
            }
        }
        return Tensor.result(out, os, new Tensor.Op(name, a, b) {
            @Override
            public void backward(double[] g, GradSink sink) {
                double[] ga = sink.acc(0);
                double[] gb = sink.acc(1);
                if (ga != null) {
                    for (int e = 0; e < n; e++) {
                        double d;
                        switch (kind) {
                            case ADD: case SUB: d = g[e]; break;
                            case MUL: d = g[e] * y[ib.at(e)]; break;
                            default: d = g[e] / y[ib.at(e)]; break;
                        }
                        ga[ia.at(e)] += d;
                    }
                }
                if (gb != null) {
                    for (int e = 0; e < n; e++) {
                        gb[ib.at(e)] += partialB(g, e);
                    }
                }
            }

            private double partialB(double[] g, int e) {
                switch (kind) {
                    case ADD: return g[e];
                    case SUB: return -g[e];
                    case MUL: return g[e] * x[ia.at(e)];
                    default: {
                        double v = y[ib.at(e)];
                        return -g[e] * x[ia.at(e)] / (v * v);
                    }
                }
            }

            private double partialA(double[] g, int e) {
                switch (kind) {
                    case ADD: case SUB: return g[e];
                    case MUL: return g[e] * y[ib.at(e)];
                    default: return g[e] / y[ib.at(e)];
                }
            }

            @Override
            public boolean rowLocal(int points) {
                // a non-leaf operand must be row-aligned with the output; a leaf may broadcast (rowwiseLeaf)
                return aligned(a, os) && aligned(b, os);
            }

            @Override
            public boolean rowwiseLeaf(double[] g, int input, double[] jac, int points, int cols, int colOffset) {
                Tensor t = input == 0 ? a : b;
                IndexMap im = input == 0 ? ia : ib;
                if (os.length == 0 || (t.rank() == os.length && t.dim(0) == os[0])) {
                    return false; // row-aligned: the engine scatters the ordinary gradient
                }
                int rowLen = n / os[0];
                for (int e = 0; e < n; e++) {
                    int point = (e / rowLen) % points;
                    double d = input == 0 ? partialA(g, e) : partialB(g, e);
                    jac[point * cols + colOffset + im.at(e)] += d;
                }
                return true;
            }
        }, a, b);
    }

    private static boolean aligned(Tensor t, int[] os) {
        if (!t.requiresGrad() || t.isLeaf()) {
            return true;
        }
        return os.length > 0 && t.rank() == os.length && t.dim(0) == os[0];
    }
}
