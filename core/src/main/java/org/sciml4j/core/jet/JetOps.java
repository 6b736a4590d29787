package org.sciml4j.core.jet;

import org.sciml4j.core.autodiff.GradFn;
import org.sciml4j.core.autodiff.GradSink;
import org.sciml4j.core.linalg.Gemm;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.tensor.Tensor;

/** Fused jet kernels on stacked streams [S·N, k], with hand-written backward rules. */
final class JetOps {
    private JetOps() {
    }

    private static boolean constOrLeaf(Tensor t) {
        return t == null || !t.requiresGrad() || t.isLeaf();
    }

    /** Z = X W (one GEMM over all streams); Z[0:N] += b. */
    static Tensor linear(Tensor x, Tensor w, Tensor b, int n, Gemm gemm) {
        int rows = x.dim(0);
        int k = x.dim(1);
        int m = w.dim(1);
        double[] xd = x.rawData();
        double[] wd = w.rawData();
        double[] z = new double[rows * m];
        gemm.gemm(false, false, rows, m, k, 1.0, xd, 0, k, wd, 0, m, 0.0, z, 0, m);
        if (b != null) {
            double[] bd = b.rawData();
            for (int r = 0; r < n; r++) {
                int o = r * m;
                for (int q = 0; q < m; q++) {
                    z[o + q] += bd[q];
                }
            }
        }
        boolean grad = x.requiresGrad() || w.requiresGrad() || (b != null && b.requiresGrad());
        if (!grad) {
            return Tensor.wrap(z, new int[] {rows, m}, null);
        }
        Tensor[] ins = b == null ? new Tensor[] {x, w} : new Tensor[] {x, w, b};
        GradFn fn = new GradFn() {
            @Override
            public String name() {
                return "jet.linear";
            }

            @Override
            public Tensor[] inputs() {
                return ins;
            }

            @Override
            public void backward(double[] g, GradSink sink) {
                double[] gx = sink.acc(0);
                if (gx != null) { // dX = G W^T
                    gemm.gemm(false, true, rows, k, m, 1.0, g, 0, m, wd, 0, m, 1.0, gx, 0, k);
                }
                double[] gw = sink.acc(1);
                if (gw != null) { // dW = X^T G
                    gemm.gemm(true, false, k, m, rows, 1.0, xd, 0, k, g, 0, m, 1.0, gw, 0, m);
                }
                if (ins.length == 3) {
                    double[] gb = sink.acc(2);
                    if (gb != null) {
                        for (int r = 0; r < n; r++) {
                            int o = r * m;
                            for (int q = 0; q < m; q++) {
                                gb[q] += g[o + q];
                            }
                        }
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return n % points == 0 && constOrLeaf(w) && constOrLeaf(b);
            }

            @Override
            public boolean rowwiseLeaf(double[] g, int input, double[] jac, int points, int cols, int colOffset) {
                if (input == 1) {
                    for (int r = 0; r < rows; r++) {
                        int jr = (r % points) * cols + colOffset;
                        int go = r * m;
                        for (int p = 0; p < k; p++) {
                            double av = xd[r * k + p];
                            if (av == 0.0) {
                                continue;
                            }
                            int jo = jr + p * m;
                            for (int q = 0; q < m; q++) {
                                jac[jo + q] += av * g[go + q];
                            }
                        }
                    }
                    return true;
                }
                if (input == 2) {
                    for (int r = 0; r < n; r++) {
                        int jr = (r % points) * cols + colOffset;
                        int go = r * m;
                        for (int q = 0; q < m; q++) {
                            jac[jr + q] += g[go + q];
                        }
                    }
                    return true;
                }
                return false;
            }
        };
        return Tensor.wrap(z, new int[] {rows, m}, fn);
    }

    /** Faà di Bruno: y_s = Σ_terms σ^(m)(z_0) Π_blocks z_block, stream by stream. */
    static Tensor activation(Tensor zt, JetSpec spec, int n, Activation act) {
        int k = zt.dim(1);
        int block = n * k;
        int s = spec.streams();
        int order = spec.order();
        double[] z = zt.rawData();
        boolean grad = zt.requiresGrad();
        int maxD = grad ? order + 1 : order;
        double[][] sig = new double[maxD + 1][block];
        act.derivatives(z, 0, block, maxD, sig);
        double[] y = new double[s * block];
        System.arraycopy(sig[0], 0, y, 0, block);
        for (int st = 1; st < s; st++) {
            int yo = st * block;
            for (int[] term : spec.terms(st)) {
                int mdeg = term[0];
                double[] sm = sig[mdeg];
                if (mdeg == 1) {
                    int b1 = term[1] * block;
                    for (int e = 0; e < block; e++) {
                        y[yo + e] += sm[e] * z[b1 + e];
                    }
                } else if (mdeg == 2) {
                    int b1 = term[1] * block;
                    int b2 = term[2] * block;
                    for (int e = 0; e < block; e++) {
                        y[yo + e] += sm[e] * z[b1 + e] * z[b2 + e];
                    }
                } else {
                    int b1 = term[1] * block;
                    int b2 = term[2] * block;
                    int b3 = term[3] * block;
                    for (int e = 0; e < block; e++) {
                        y[yo + e] += sm[e] * z[b1 + e] * z[b2 + e] * z[b3 + e];
                    }
                }
            }
        }
        if (!grad) {
            return Tensor.wrap(y, new int[] {s * n, k}, null);
        }
        Tensor[] ins = {zt};
        GradFn fn = new GradFn() {
            @Override
            public String name() {
                return "jet." + act.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public Tensor[] inputs() {
                return ins;
            }

            @Override
            public void backward(double[] g, GradSink sink) {
                double[] gz = sink.acc(0);
                if (gz == null) {
                    return;
                }
                double[] s1 = sig[1];
                for (int e = 0; e < block; e++) {
                    gz[e] += g[e] * s1[e];
                }
                for (int st = 1; st < s; st++) {
                    int go = st * block;
                    for (int[] term : spec.terms(st)) {
                        int mdeg = term[0];
                        double[] sm = sig[mdeg];
                        double[] sn = sig[mdeg + 1];
                        if (mdeg == 1) {
                            int b1 = term[1] * block;
                            for (int e = 0; e < block; e++) {
                                double ge = g[go + e];
                                gz[e] += ge * sn[e] * z[b1 + e];
                                gz[b1 + e] += ge * sm[e];
                            }
                        } else if (mdeg == 2) {
                            int b1 = term[1] * block;
                            int b2 = term[2] * block;
                            for (int e = 0; e < block; e++) {
                                double ge = g[go + e];
                                double z1 = z[b1 + e];
                                double z2 = z[b2 + e];
                                gz[e] += ge * sn[e] * z1 * z2;
                                double gs = ge * sm[e];
                                gz[b1 + e] += gs * z2;
                                gz[b2 + e] += gs * z1;
                            }
                        } else {
                            int b1 = term[1] * block;
                            int b2 = term[2] * block;
                            int b3 = term[3] * block;
                            for (int e = 0; e < block; e++) {
                                double ge = g[go + e];
                                double z1 = z[b1 + e];
                                double z2 = z[b2 + e];
                                double z3 = z[b3 + e];
                                gz[e] += ge * sn[e] * z1 * z2 * z3;
                                double gs = ge * sm[e];
                                gz[b1 + e] += gs * z2 * z3;
                                gz[b2 + e] += gs * z1 * z3;
                                gz[b3 + e] += gs * z1 * z2;
                            }
                        }
                    }
                }
            }

            @Override
            public boolean rowLocal(int points) {
                return n % points == 0;
            }
        };
        return Tensor.wrap(y, new int[] {s * n, k}, fn);
    }
}
