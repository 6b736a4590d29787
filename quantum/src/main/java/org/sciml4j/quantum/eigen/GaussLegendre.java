package org.sciml4j.quantum.eigen;

/**
 * Gauss–Legendre quadrature: ∫_a^b f dx ≈ Σᵢ wᵢ f(xᵢ), exact for polynomials of degree ≤ 2n − 1.
 * Nodes are the roots of the Legendre polynomial P_n found by Newton's method from Chebyshev-like
 * initial guesses (Tricomi's), to machine precision; weights wᵢ = 2 / ((1 − tᵢ²) P_n′(tᵢ)²), mapped
 * from [−1, 1] to [a, b]. Nodes are strictly inside (a, b), in increasing order. Cost O(n²).
 *
 * @param nodes   xᵢ (copied)
 * @param weights wᵢ (copied)
 */
public record GaussLegendre(double[] nodes, double[] weights) {

    public GaussLegendre {
        if (nodes.length != weights.length || nodes.length == 0) {
            throw new QuantumException("Gauss-Legendre rule: " + nodes.length + " nodes and " + weights.length
                    + " weights; need equal positive counts");
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    /** The n-point rule on [a, b], n ≥ 1, a &lt; b finite. */
    public static GaussLegendre rule(int n, double a, double b) {
        if (n < 1 || n > 10_000) {
            throw new QuantumException("Gauss-Legendre rule: node count must be in [1, 10000], got " + n);
        }
        if (!(b > a) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new QuantumException("Gauss-Legendre rule: need finite a < b, got [" + a + ", " + b + "]");
        }
        double[] x = new double[n];
        double[] w = new double[n];
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        for (int i = 0; i < (n + 1) / 2; i++) {
            double t = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = t;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                double pn = n == 1 ? t : p1;
                double pnm1 = n == 1 ? 1 : p0;
                dp = n * (t * pn - pnm1) / (t * t - 1);
                double dt = pn / dp;
                t -= dt;
                if (Math.abs(dt) < 1e-16) {
                    break;
                }
            }
            // recompute P_n' at the converged root for the weight
            double p0 = 1;
            double p1 = t;
            for (int k = 2; k <= n; k++) {
                double p2 = ((2 * k - 1) * t * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            double pn = n == 1 ? t : p1;
            double pnm1 = n == 1 ? 1 : p0;
            dp = n * (t * pn - pnm1) / (t * t - 1);
            double wt = 2.0 / ((1 - t * t) * dp * dp);
            x[i] = mid - half * t;
            x[n - 1 - i] = mid + half * t;
            w[i] = half * wt;
            w[n - 1 - i] = half * wt;
        }
        if (n % 2 == 1) {
            x[n / 2] = mid;
        }
        return new GaussLegendre(x, w);
    }

    /** Number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** Σᵢ wᵢ f(xᵢ) for f sampled at the nodes. */
    public double integrate(double[] fAtNodes) {
        if (fAtNodes.length != nodes.length) {
            throw new QuantumException("Gauss-Legendre integrate: " + fAtNodes.length + " values for "
                    + nodes.length + " nodes");
        }
        double s = 0;
        for (int i = 0; i < nodes.length; i++) {
            s += weights[i] * fAtNodes[i];
        }
        return s;
    }
}
