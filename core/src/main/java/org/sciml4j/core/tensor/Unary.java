package org.sciml4j.core.tensor;

import org.hipparchus.special.Erf;

/** Elementwise unary functions with their derivative written from input x and output y. */
enum Unary {
    NEG { double f(double x) { return -x; } double df(double x, double y) { return -1.0; } },
    EXP { double f(double x) { return Math.exp(x); } double df(double x, double y) { return y; } },
    LOG { double f(double x) { return Math.log(x); } double df(double x, double y) { return 1.0 / x; } },
    SQRT { double f(double x) { return Math.sqrt(x); } double df(double x, double y) { return 0.5 / y; } },
    SIN { double f(double x) { return Math.sin(x); } double df(double x, double y) { return Math.cos(x); } },
    COS { double f(double x) { return Math.cos(x); } double df(double x, double y) { return -Math.sin(x); } },
    TANH { double f(double x) { return Elementary.tanh(x); } double df(double x, double y) { return 1.0 - y * y; } },
    SIGMOID { double f(double x) { return sigmoid(x); } double df(double x, double y) { return y * (1.0 - y); } },
    SOFTPLUS { double f(double x) { return softplus(x); } double df(double x, double y) { return sigmoid(x); } },
    RELU { double f(double x) { return x > 0.0 ? x : 0.0; } double df(double x, double y) { return x > 0.0 ? 1.0 : 0.0; } },
    GELU { double f(double x) { return x * normalCdf(x); }
           double df(double x, double y) { return normalCdf(x) + x * normalPdf(x); } },
    SQUARE { double f(double x) { return x * x; } double df(double x, double y) { return 2.0 * x; } },
    ABS { double f(double x) { return Math.abs(x); } double df(double x, double y) { return Math.signum(x); } };

    abstract double f(double x);

    abstract double df(double x, double y);

    /** Logistic function, evaluated without overflow. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** log(1 + e^x), evaluated without overflow or cancellation. */
    static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    static final double INV_SQRT2 = 0.7071067811865476;
    static final double INV_SQRT_2PI = 0.3989422804014327;

    /** Φ(x), the standard normal CDF. */
    static double normalCdf(double x) {
        return 0.5 * Erf.erfc(-x * INV_SQRT2);
    }

    /** φ(x), the standard normal density. */
    static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
}
