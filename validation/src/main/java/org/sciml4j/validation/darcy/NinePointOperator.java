package org.sciml4j.validation.darcy;

/**
 * Symmetric nine-point operator on the m×m interior nodes of a square grid with zero Dirichlet
 * walls, stored on the padded (m+2)×(m+2) grid: {@code coef[d][p] = A(p, p + offset(d))} for the
 * nine directions d = 3(di+1) + (dj+1), di, dj ∈ {−1, 0, 1}, p = i(m+2) + j with 1 ≤ i, j ≤ m.
 * Couplings to wall nodes are zero, and every vector passed in has zeros on its border (the walls),
 * so the kernels need no branches. Symmetry: {@code coef[d][p] = coef[8−d][p + offset(d)]}.
 * Not thread-safe (kernels write into arguments; the operator itself is not modified after
 * construction).
 */
final class NinePointOperator {

    static final int CENTRE = 4;

    private final int m;
    private final int stride;
    private final double[][] coef;
    private final double[] inverseDiagonal;
    private final boolean fivePoint;
    private final double[][] weight; // weight[2ai + aj][p]: interpolation weight of fine p from its parent (ai, aj)

    /** Takes ownership of {@code coef} (nine arrays of length (m+2)²); fivePoint when the corners are zero. */
    NinePointOperator(int m, double[][] coef, boolean fivePoint) {
        this.m = m;
        this.stride = m + 2;
        this.coef = coef;
        this.fivePoint = fivePoint;
        this.inverseDiagonal = new double[stride * stride];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= m; j++) {
                int p = i * stride + j;
                double d = coef[CENTRE][p];
                if (!(d > 0)) {
                    throw new IllegalStateException("NinePointOperator: diagonal entry " + d + " at interior node (" + i + ", "
                            + j + ") of an " + m + "x" + m + " level is not positive; the operator is not positive definite");
                }
                inverseDiagonal[p] = 1 / d;
            }
        }
        this.weight = interpolationWeights();
    }

    /**
     * Operator-dependent interpolation weights (Dendy's black-box rule). A fine node with an odd
     * index in one direction lies between two coarse-aligned nodes along that direction: collapse
     * the stencil across it and take w∓ = −(sum of the couplings on the ∓ side) / (sum of both sides),
     * so flux, not value, is continuous across a coefficient jump; next to a wall across the line the
     * divisor is the collapsed middle line, diagonal included, through which the Dirichlet wall
     * enters. A node odd in both directions takes
     * −(its corner coupling + edge couplings times the edge nodes' weights) / diagonal per corner.
     * For constant coefficients every rule reduces to bilinear interpolation.
     */
    private double[][] interpolationWeights() {
        double[][] w = new double[4][stride * stride];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= m; j++) {
                int p = i * stride + j;
                boolean oddI = (i & 1) == 1;
                boolean oddJ = (j & 1) == 1;
                for (int a = 0; a < 4; a++) {
                    int ai = a >> 1;
                    int aj = a & 1;
                    double v;
                    if (!oddI && !oddJ) {
                        v = 0.25;
                    } else if (oddI && !oddJ) {
                        v = 0.5 * sideWeight(p, true, ai);
                    } else if (!oddI) {
                        v = 0.5 * sideWeight(p, false, aj);
                    } else {
                        int di = 2 * ai - 1;
                        int dj = 2 * aj - 1;
                        double num = coef[3 * (di + 1) + dj + 1][p]
                                + coef[3 * (di + 1) + 1][p] * sideWeight(p + di * stride, false, aj)
                                + coef[3 + dj + 1][p] * sideWeight(p + dj, true, ai);
                        v = -num / coef[CENTRE][p];
                    }
                    w[a][p] = v;
                }
                // coinciding parents (even index) get one combined weight, the duplicate 0
                if (!oddI) {
                    w[0][p] += w[2][p];
                    w[1][p] += w[3][p];
                    w[2][p] = 0;
                    w[3][p] = 0;
                }
                if (!oddJ) {
                    w[0][p] += w[1][p];
                    w[2][p] += w[3][p];
                    w[1][p] = 0;
                    w[3][p] = 0;
                }
            }
        }
        return w;
    }

    /**
     * Weight of node p (interior or wall) from its coarse-aligned neighbour on side {@code plus} along
     * i (alongI) or j; ½ on a wall node, whose value is zero anyway.
     */
    private double sideWeight(int p, boolean alongI, int plus) {
        int i = p / stride;
        int j = p % stride;
        if (i < 1 || i > m || j < 1 || j > m) {
            return 0.5;
        }
        double below = 0;
        double above = 0;
        double middle = 0;
        for (int t = -1; t <= 1; t++) {
            below -= coef[alongI ? t + 1 : 3 * (t + 1)][p];
            above -= coef[alongI ? 6 + t + 1 : 3 * (t + 1) + 2][p];
            middle += coef[alongI ? 3 + t + 1 : 3 * (t + 1) + 1][p];
        }
        int k = alongI ? i : j;
        // next to a wall across the interpolation line the wall coupling sits only in the diagonal: divide
        // by the collapsed middle line (Dendy); elsewhere by the two sides, so that a wall along the line,
        // also present only in the diagonal, does not shrink the weights
        double den = below + above;
        if (k == 1 || k == m) {
            den = middle;
            // a wall at an end of the middle line is in the diagonal too: remove it, estimated as the
            // coupling at the other end (exact for a constant coefficient)
            int kAlong = alongI ? j : i;
            if (kAlong == 1 && m > 1) {
                den += coef[alongI ? 5 : 7][p];
            }
            if (kAlong == m && m > 1) {
                den += coef[alongI ? 3 : 1][p];
            }
        }
        return den > 0 ? (plus == 1 ? above : below) / den : 0.5;
    }

    /** Interior nodes per direction. */
    int size() {
        return m;
    }

    /** Padded vector length (m+2)². */
    int length() {
        return stride * stride;
    }

    /** y = A x at the interior nodes; x not modified, y's border left untouched. */
    void apply(double[] x, double[] y) {
        for (int i = 1; i <= m; i++) {
            for (int p = i * stride + 1, end = p + m; p < end; p++) {
                y[p] = coef[CENTRE][p] * x[p] + offDiagonal(x, p);
            }
        }
    }

    /** r = b − A x at the interior nodes; x and b not modified, r's border left untouched. */
    void residual(double[] x, double[] b, double[] r) {
        for (int i = 1; i <= m; i++) {
            for (int p = i * stride + 1, end = p + m; p < end; p++) {
                r[p] = b[p] - coef[CENTRE][p] * x[p] - offDiagonal(x, p);
            }
        }
    }

    /** Σ_{q ≠ p} A(p, q) x_q. */
    private double offDiagonal(double[] x, int p) {
        int st = stride;
        double v = coef[7][p] * x[p + st] + coef[1][p] * x[p - st] + coef[5][p] * x[p + 1] + coef[3][p] * x[p - 1];
        if (!fivePoint) {
            v += coef[8][p] * x[p + st + 1] + coef[6][p] * x[p + st - 1] + coef[2][p] * x[p - st + 1]
                    + coef[0][p] * x[p - st - 1];
        }
        return v;
    }

    /** One Gauss–Seidel sweep in lexicographic order (forward) or its reverse; x modified, b not. */
    void gaussSeidel(double[] x, double[] b, boolean forward) {
        for (int ii = 0; ii < m; ii++) {
            int i = forward ? 1 + ii : m - ii;
            int first = i * stride + 1;
            if (forward) {
                for (int p = first, end = first + m; p < end; p++) {
                    x[p] = relax(x, b, p);
                }
            } else {
                for (int p = first + m - 1; p >= first; p--) {
                    x[p] = relax(x, b, p);
                }
            }
        }
    }

    private double relax(double[] x, double[] b, int p) {
        return (b[p] - offDiagonal(x, p)) * inverseDiagonal[p];
    }

    /** Coarse interior nodes per direction after one coarsening: the even fine indices, ⌊m/2⌋. */
    static int coarseSize(int m) {
        return m / 2;
    }

    /**
     * xf += P xc: interpolation from the coarse nodes (fine indices 2I) to the fine ones; an odd fine
     * index i takes its value from coarse (i−1)/2 and (i+1)/2 (zero when that is a wall) with the
     * weights of {@link #interpolationWeights}. When the fine grid has an odd number of intervals the
     * last coarse interval is one fine interval long, which the Galerkin operator absorbs. xc not
     * modified.
     */
    void prolongAdd(double[] xc, double[] xf) {
        transfer(xc, xf, true);
    }

    /** rc = Pᵀ rf (the exact transpose of {@link #prolongAdd}); rc overwritten, border zeroed. */
    void restrict(double[] rf, double[] rc) {
        java.util.Arrays.fill(rc, 0);
        transfer(rc, rf, false);
        zeroBorder(rc, coarseSize(m) + 2);
    }

    /**
     * Each fine node's four (possibly coinciding) coarse parents (i>>1 or (i+1)>>1 in each
     * direction), weighted: fine += P coarse, or coarse += Pᵀ fine.
     */
    private void transfer(double[] coarse, double[] fine, boolean prolong) {
        int sc = coarseSize(m) + 2;
        for (int i = 1; i <= m; i++) {
            int r0 = (i >> 1) * sc;
            int r1 = ((i + 1) >> 1) * sc;
            int p = i * stride;
            for (int j = 1; j <= m; j++) {
                int c0 = j >> 1;
                int c1 = (j + 1) >> 1;
                if (prolong) {
                    fine[p + j] += weight[0][p + j] * coarse[r0 + c0] + weight[1][p + j] * coarse[r0 + c1]
                            + weight[2][p + j] * coarse[r1 + c0] + weight[3][p + j] * coarse[r1 + c1];
                } else {
                    double v = fine[p + j];
                    coarse[r0 + c0] += weight[0][p + j] * v;
                    coarse[r0 + c1] += weight[1][p + j] * v;
                    coarse[r1 + c0] += weight[2][p + j] * v;
                    coarse[r1 + c1] += weight[3][p + j] * v;
                }
            }
        }
    }

    static void zeroBorder(double[] v, int stride) {
        int last = stride - 1;
        for (int k = 0; k < stride; k++) {
            v[k] = 0;
            v[last * stride + k] = 0;
            v[k * stride] = 0;
            v[k * stride + last] = 0;
        }
    }

    /**
     * The Galerkin coarse operator Pᵀ A P on the ⌊m/2⌋² coarse interior nodes (nine-point), made
     * exactly symmetric by averaging each coupling with its transpose (round-off only).
     */
    NinePointOperator galerkinCoarse() {
        int mc = coarseSize(m);
        int sc = mc + 2;
        double[][] cc = new double[9][sc * sc];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= m; j++) {
                int p = i * stride + j;
                for (int d = 0; d < 9; d++) {
                    double apq = coef[d][p];
                    if (apq == 0) {
                        continue;
                    }
                    int qi = i + d / 3 - 1;
                    int qj = j + d % 3 - 1;
                    int q = qi * stride + qj;
                    // parents of p and q: (x >> 1) and ((x + 1) >> 1) in each direction, weights from interpolationWeights
                    for (int a = 0; a < 4; a++) {
                        if (weight[a][p] == 0) {
                            continue;
                        }
                        int ci = (i + (a >> 1)) >> 1;
                        int cj = (j + (a & 1)) >> 1;
                        if (ci < 1 || ci > mc || cj < 1 || cj > mc) {
                            continue;
                        }
                        int pc = ci * sc + cj;
                        double wpa = weight[a][p] * apq;
                        for (int b = 0; b < 4; b++) {
                            if (weight[b][q] == 0) {
                                continue;
                            }
                            int di = ((qi + (b >> 1)) >> 1) - ci;
                            int dj = ((qj + (b & 1)) >> 1) - cj;
                            int ti = ci + di;
                            int tj = cj + dj;
                            if (ti < 1 || ti > mc || tj < 1 || tj > mc) {
                                continue;
                            }
                            cc[3 * (di + 1) + dj + 1][pc] += wpa * weight[b][q];
                        }
                    }
                }
            }
        }
        for (int d = 0; d < CENTRE; d++) {
            int off = (d / 3 - 1) * sc + (d % 3 - 1);
            for (int i = 1; i <= mc; i++) {
                for (int j = 1; j <= mc; j++) {
                    int p = i * sc + j;
                    double v = 0.5 * (cc[d][p] + cc[8 - d][p + off]);
                    cc[d][p] = v;
                    cc[8 - d][p + off] = v;
                }
            }
        }
        return new NinePointOperator(mc, cc, false);
    }

    /** A(p, p + offset(d)) at interior node (i, j), 1 ≤ i, j ≤ m. */
    double coefficient(int d, int i, int j) {
        return coef[d][i * stride + j];
    }

    /**
     * Cholesky factors of this operator in natural interior ordering, half-bandwidth m (five-point)
     * or m+1 (nine-point): O(m⁴) flops.
     */
    BandCholesky factor() {
        int n = m * m;
        int b = Math.min(fivePoint ? m : m + 1, n - 1);
        double[] band = new double[n * (b + 1)];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= m; j++) {
                int row = (i - 1) * m + (j - 1);
                int p = i * stride + j;
                for (int d = 0; d <= CENTRE; d++) {
                    int ti = i + d / 3 - 1;
                    int tj = j + d % 3 - 1;
                    if (ti < 1 || tj < 1 || tj > m || coef[d][p] == 0) {
                        continue;
                    }
                    int col = (ti - 1) * m + (tj - 1);
                    band[row * (b + 1) + col - row + b] = coef[d][p];
                }
            }
        }
        return new BandCholesky(n, b, band);
    }

    /** Copies the interior of a padded vector to the compact row-major m² layout. */
    void toCompact(double[] padded, double[] compact) {
        for (int i = 1; i <= m; i++) {
            System.arraycopy(padded, i * stride + 1, compact, (i - 1) * m, m);
        }
    }

    /** Copies a compact m² vector into the interior of a padded one (border untouched). */
    void fromCompact(double[] compact, double[] padded) {
        for (int i = 1; i <= m; i++) {
            System.arraycopy(compact, (i - 1) * m, padded, i * stride + 1, m);
        }
    }
}
