package org.sciml4j.core.nn;

import org.hipparchus.special.Erf;
import org.sciml4j.core.tensor.Tensor;

/**
 * Pointwise activation functions σ with their derivatives σ^(m), m = 0..4, as needed by
 * {@link org.sciml4j.core.jet.Jet#map(Activation)}: a jet of order p uses σ..σ^(p) forward
 * (Faà di Bruno) and σ^(p+1) in its backward rule. Stateless and thread safe.
 */
public enum Activation {
    /** tanh z; derivatives as polynomials in t = tanh z. */
    TANH {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            double t = org.sciml4j.core.tensor.Elementary.tanh(z);
            fillTanh(t, out, 0, 1, maxOrder);
        }

        @Override
        public void derivatives(double[] z, int off, int len, int maxOrder, double[][] out) {
            org.sciml4j.core.tensor.Elementary.tanh(z, off, out[0], 0, len);
            tanhDerivatives(out[0], 0, len, maxOrder, out);
        }

        @Override
        public boolean hasValueForm() {
            return true;
        }

        @Override
        public void derivativesFromValue(double[] y, int off, int len, int maxOrder, double[][] out) {
            System.arraycopy(y, off, out[0], 0, len);
            tanhDerivatives(y, off, len, maxOrder, out);
        }

        @Override
        public Tensor apply(Tensor x) {
            return x.tanh();
        }
    },
    /** sin z. */
    SIN {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            double s = Math.sin(z);
            double c = Math.cos(z);
            double[] cyc = {s, c, -s, -c};
            for (int m = 0; m <= maxOrder; m++) {
                out[m] = cyc[m & 3];
            }
        }

        @Override
        public Tensor apply(Tensor x) {
            return x.sin();
        }
    },
    /** Logistic sigmoid s = 1/(1+e^−z). */
    SIGMOID {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            double s = sigmoid(z);
            sigmoidDerivs(s, out, 0, maxOrder);
        }

        @Override
        public Tensor apply(Tensor x) {
            return x.sigmoid();
        }
    },
    /** softplus log(1+e^z); its derivatives are the sigmoid's shifted by one. */
    SOFTPLUS {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            out[0] = Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
            if (maxOrder >= 1) {
                double[] tmp = new double[5];
                sigmoidDerivs(sigmoid(z), tmp, 0, maxOrder - 1);
                System.arraycopy(tmp, 0, out, 1, maxOrder);
            }
        }

        @Override
        public Tensor apply(Tensor x) {
            return x.softplus();
        }
    },
    /** GELU, exact erf form: z·Φ(z), Φ the standard normal CDF. */
    GELU {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            double cdf = 0.5 * Erf.erfc(-z * 0.7071067811865476);
            double pdf = 0.3989422804014327 * Math.exp(-0.5 * z * z);
            double z2 = z * z;
            double[] all = {z * cdf, cdf + z * pdf, pdf * (2.0 - z2), pdf * (z2 * z - 4.0 * z),
                pdf * (-z2 * z2 + 7.0 * z2 - 4.0)};
            System.arraycopy(all, 0, out, 0, maxOrder + 1);
        }

        @Override
        public Tensor apply(Tensor x) {
            return x.gelu();
        }
    },
    /** max(z, 0): not smooth; σ′ is the step (0 at 0) and higher derivatives are taken as 0. */
    RELU {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            out[0] = z > 0 ? z : 0.0;
            if (maxOrder >= 1) {
                out[1] = z > 0 ? 1.0 : 0.0;
            }
            for (int m = 2; m <= maxOrder; m++) {
                out[m] = 0.0;
            }
        }

        @Override
        public boolean smooth() {
            return false;
        }

        @Override
        public Tensor apply(Tensor x) {
            return x.relu();
        }
    },
    /** Identity z (a linear output). */
    IDENTITY {
        @Override
        public void derivatives(double z, double[] out, int maxOrder) {
            out[0] = z;
            if (maxOrder >= 1) {
                out[1] = 1.0;
            }
            for (int m = 2; m <= maxOrder; m++) {
                out[m] = 0.0;
            }
        }

        @Override
        public Tensor apply(Tensor x) {
            return x;
        }
    };

    /** tanh′ … tanh⁽ᵐ⁾ (m = maxOrder ≤ 4) as polynomials in t = tanh z, from t[off, off + len) into out[1..m]. */
    private static void tanhDerivatives(double[] t, int off, int len, int maxOrder, double[][] out) {
        for (int e = 0; e < len; e++) {
            double v = t[off + e];
            double s1 = 1.0 - v * v;
            if (maxOrder >= 1) {
                out[1][e] = s1;
            }
            if (maxOrder >= 2) {
                out[2][e] = -2.0 * v * s1;
            }
            if (maxOrder >= 3) {
                out[3][e] = (6.0 * v * v - 2.0) * s1;
            }
            if (maxOrder >= 4) {
                out[4][e] = (16.0 - 24.0 * v * v) * v * s1;
            }
        }
    }

    /** Highest derivative order available from {@link #derivatives}. */
    public static final int MAX_ORDER = 4;

    /**
     * Writes σ^(m)(z) into {@code out[m]} for m = 0..maxOrder (maxOrder ≤ {@value #MAX_ORDER}).
     */
    public abstract void derivatives(double z, double[] out, int maxOrder);

    /**
     * Array form: {@code out[m][e] = σ^(m)(z[off + e])} for e &lt; len, m = 0..maxOrder.
     * {@code out} is modified, {@code z} is not.
     */
    public void derivatives(double[] z, int off, int len, int maxOrder, double[][] out) {
        double[] tmp = new double[MAX_ORDER + 1];
        for (int e = 0; e < len; e++) {
            derivatives(z[off + e], tmp, maxOrder);
            for (int m = 0; m <= maxOrder; m++) {
                out[m][e] = tmp[m];
            }
        }
    }

    /** Whether {@link #derivativesFromValue} is available (σ^(m) is a function of σ itself). */
    public boolean hasValueForm() {
        return false;
    }

    /**
     * For activations with {@link #hasValueForm()}: {@code out[m][e] = σ^(m)} evaluated from
     * the values {@code y[off + e] = σ(z)}, m = 0..maxOrder, e &lt; len. {@code out} is modified.
     *
     * @throws UnsupportedOperationException if there is no value form
     */
    public void derivativesFromValue(double[] y, int off, int len, int maxOrder, double[][] out) {
        throw new UnsupportedOperationException(name() + " has no value form; use derivatives(z, ...)");
    }

    /** σ(z). */
    public double value(double z) {
        double[] o = new double[1];
        derivatives(z, o, 0);
        return o[0];
    }

    /** σ^(order)(z), order ≤ {@value #MAX_ORDER}. */
    public double derivative(double z, int order) {
        double[] o = new double[MAX_ORDER + 1];
        derivatives(z, o, order);
        return o[order];
    }

    /** Whether σ is infinitely differentiable (false for RELU). */
    public boolean smooth() {
        return true;
    }

    /** σ applied elementwise as a differentiable tensor op. */
    public abstract Tensor apply(Tensor x);

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    static void fillTanh(double t, double[] out, int off, int stride, int maxOrder) {
        double s1 = 1.0 - t * t;
        double[] all = {t, s1, -2.0 * t * s1, (6.0 * t * t - 2.0) * s1, (16.0 - 24.0 * t * t) * t * s1};
        for (int m = 0; m <= maxOrder; m++) {
            out[off + m * stride] = all[m];
        }
    }

    static void sigmoidDerivs(double s, double[] out, int off, int maxOrder) {
        double p = s * (1.0 - s);
        double q = 1.0 - 2.0 * s;
        double d2 = p * q;
        double d3 = d2 * q - 2.0 * p * p;
        double d4 = d3 * q - 6.0 * p * d2;
        double[] all = {s, p, d2, d3, d4};
        for (int m = 0; m <= maxOrder; m++) {
            out[off + m] = all[m];
        }
    }
}
