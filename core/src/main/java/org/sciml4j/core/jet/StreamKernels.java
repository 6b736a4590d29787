package org.sciml4j.core.jet;

import java.util.Arrays;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.tensor.Elementary;

/**
 * Jet activation kernels on streams held as separate arrays ({@code z[s][e]}, elements [0, len)),
 * the layout of {@link FusedJetLoss}'s work buffers. Every loop indexes its arrays by the element
 * alone, which the JIT vectorises (loops over one array at several stream offsets, as in
 * {@link JetOps}, it does not vectorise on Java 17). Same maths as {@link JetOps}: Faà di Bruno
 * forward, its transpose backward; a one-pass form for tanh to order 2 ({@link JetOps.Order2}).
 * Stateless; the caller's scratch {@code sig} holds order + 3 arrays of at least len values.
 */
final class StreamKernels {
    private StreamKernels() {
    }

    /** y = σ(z) as jets: writes every stream of y in [0, len). Modifies y and sig. */
    static void forward(Activation act, int[][][] terms, int order, JetOps.Order2 tanh, double[][] z, double[][] y,
                        int len, double[][] sig) {
        if (tanh != null) {
            double[] t = y[0];
            Elementary.tanh(z[0], 0, t, 0, len);
            double[] s1 = sig[1];
            double[] s2 = sig[2];
            for (int e = 0; e < len; e++) {
                double v = t[e];
                double a = 1.0 - v * v;
                s1[e] = a;
                s2[e] = -2.0 * v * a;
            }
            for (int st : tanh.first()) {
                double[] ys = y[st];
                double[] zs = z[st];
                for (int e = 0; e < len; e++) {
                    ys[e] = s1[e] * zs[e];
                }
            }
            int[] second = tanh.second();
            for (int q = 0; q < second.length; q++) {
                double[] ys = y[second[q]];
                double[] zs = z[second[q]];
                double[] za = z[tanh.pairA()[q]];
                double[] zb = z[tanh.pairB()[q]];
                for (int e = 0; e < len; e++) {
                    ys[e] = s1[e] * zs[e] + s2[e] * za[e] * zb[e];
                }
            }
            return;
        }
        act.derivatives(z[0], 0, len, order, sig);
        System.arraycopy(sig[0], 0, y[0], 0, len);
        for (int st = 1; st < terms.length; st++) {
            double[] ys = y[st];
            Arrays.fill(ys, 0, len, 0.0);
            for (int[] term : terms[st]) {
                double[] sm = sig[term[0]];
                double[] z1 = z[term[1]];
                if (term[0] == 1) {
                    for (int e = 0; e < len; e++) {
                        ys[e] += sm[e] * z1[e];
                    }
                } else if (term[0] == 2) {
                    double[] z2 = z[term[2]];
                    for (int e = 0; e < len; e++) {
                        ys[e] += sm[e] * z1[e] * z2[e];
                    }
                } else {
                    double[] z2 = z[term[2]];
                    double[] z3 = z[term[3]];
                    for (int e = 0; e < len; e++) {
                        ys[e] += sm[e] * z1[e] * z2[e] * z3[e];
                    }
                }
            }
        }
    }

    /**
     * Backward of {@link #forward}: gz = ∂(Σ_s g_s · y_s)/∂z_s for every stream, written (not
     * added) in [0, len). y is forward's output. Modifies gz and sig.
     */
    static void backward(Activation act, int[][][] terms, int order, JetOps.Order2 tanh, double[][] z,
                         double[][] y, double[][] g, double[][] gz, int len, double[][] sig) {
        double[] g0 = g[0];
        double[] gz0 = gz[0];
        if (tanh != null) {
            double[] t = y[0];
            double[] s1 = sig[1];
            double[] s2 = sig[2];
            double[] s3 = sig[3];
            for (int e = 0; e < len; e++) {
                double v = t[e];
                double a = 1.0 - v * v;
                s1[e] = a;
                s2[e] = -2.0 * v * a;
                s3[e] = (6.0 * v * v - 2.0) * a;
                gz0[e] = g0[e] * a;
            }
            for (int st : tanh.first()) {
                double[] gs = g[st];
                double[] zs = z[st];
                double[] gzs = gz[st];
                for (int e = 0; e < len; e++) {
                    gz0[e] += gs[e] * s2[e] * zs[e];
                }
                for (int e = 0; e < len; e++) {
                    gzs[e] = gs[e] * s1[e];
                }
            }
            int[] second = tanh.second();
            for (int q = 0; q < second.length; q++) {
                double[] gs = g[second[q]];
                double[] zs = z[second[q]];
                double[] gzs = gz[second[q]];
                int a = tanh.pairA()[q];
                int b = tanh.pairB()[q];
                double[] za = z[a];
                double[] zb = z[b];
                for (int e = 0; e < len; e++) {
                    gz0[e] += gs[e] * (s2[e] * zs[e] + s3[e] * za[e] * zb[e]);
                }
                for (int e = 0; e < len; e++) {
                    gzs[e] = gs[e] * s1[e];
                }
                double[] gza = gz[a];
                if (a == b) {
                    for (int e = 0; e < len; e++) {
                        gza[e] += 2.0 * gs[e] * s2[e] * za[e];
                    }
                } else {
                    double[] gzb = gz[b];
                    for (int e = 0; e < len; e++) {
                        gza[e] += gs[e] * s2[e] * zb[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gzb[e] += gs[e] * s2[e] * za[e];
                    }
                }
            }
            return;
        }
        int maxD = order + 1;
        if (act.hasValueForm()) {
            act.derivativesFromValue(y[0], 0, len, maxD, sig);
        } else {
            act.derivatives(z[0], 0, len, maxD, sig);
        }
        double[] d1 = sig[1];
        for (int e = 0; e < len; e++) {
            gz0[e] = g0[e] * d1[e];
        }
        for (int st = 1; st < terms.length; st++) {
            Arrays.fill(gz[st], 0, len, 0.0);
        }
        for (int st = 1; st < terms.length; st++) {
            double[] gs = g[st];
            for (int[] term : terms[st]) {
                int m = term[0];
                double[] sm = sig[m];
                double[] sn = sig[m + 1];
                double[] z1 = z[term[1]];
                double[] gz1 = gz[term[1]];
                if (m == 1) {
                    for (int e = 0; e < len; e++) {
                        gz0[e] += gs[e] * sn[e] * z1[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gz1[e] += gs[e] * sm[e];
                    }
                } else if (m == 2) {
                    double[] z2 = z[term[2]];
                    double[] gz2 = gz[term[2]];
                    for (int e = 0; e < len; e++) {
                        gz0[e] += gs[e] * sn[e] * z1[e] * z2[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gz1[e] += gs[e] * sm[e] * z2[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gz2[e] += gs[e] * sm[e] * z1[e];
                    }
                } else {
                    double[] z2 = z[term[2]];
                    double[] z3 = z[term[3]];
                    double[] gz2 = gz[term[2]];
                    double[] gz3 = gz[term[3]];
                    for (int e = 0; e < len; e++) {
                        gz0[e] += gs[e] * sn[e] * z1[e] * z2[e] * z3[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gz1[e] += gs[e] * sm[e] * z2[e] * z3[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gz2[e] += gs[e] * sm[e] * z1[e] * z3[e];
                    }
                    for (int e = 0; e < len; e++) {
                        gz3[e] += gs[e] * sm[e] * z1[e] * z2[e];
                    }
                }
            }
        }
    }
}
