package org.sciml4j.validation.operatordata;

/**
 * Aligned operator data: every input function's output is given at the same trunk points, in the
 * layout of the DeepXDE antiderivative dataset ({@code antiderivative_aligned_*.npz}). Arrays are
 * copied in and out.
 *
 * @param v branch input, shape (n, m): v_i at the m sensors
 * @param x trunk input, shape (q, d): the q shared trunk points (d = 1: x; d = 2: (x, t))
 * @param u target, shape (n, q): G(v_i) at the trunk points
 */
public record AlignedData(double[][] v, double[][] x, double[][] u) {

    public AlignedData {
        if (v.length != u.length || v.length == 0) {
            throw new IllegalArgumentException("AlignedData: v has " + v.length + " rows and u " + u.length
                    + "; need the same positive count");
        }
        for (double[] row : u) {
            if (row.length != x.length) {
                throw new IllegalArgumentException("AlignedData: a row of u has " + row.length + " entries but x has "
                        + x.length + " points");
            }
        }
        v = copy(v);
        x = copy(x);
        u = copy(u);
    }

    @Override
    public double[][] v() {
        return copy(v);
    }

    @Override
    public double[][] x() {
        return copy(x);
    }

    @Override
    public double[][] u() {
        return copy(u);
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
