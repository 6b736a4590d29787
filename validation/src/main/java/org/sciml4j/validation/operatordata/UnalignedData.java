package org.sciml4j.validation.operatordata;

/**
 * Unaligned operator data as (branch, trunk, target) triples, one row per triple, in the layout of
 * DeepXDE's {@code antiderivative_unaligned} sets ({@code X_train0 (N, m), X_train1 (N, d),
 * y_train (N, 1)}). Arrays are copied in and out.
 *
 * @param branch the input function at the m sensors, shape (N, m)
 * @param trunk  the query point, shape (N, d)
 * @param target G(v)(y), shape (N, 1)
 */
public record UnalignedData(double[][] branch, double[][] trunk, double[][] target) {

    public UnalignedData {
        if (branch.length != trunk.length || branch.length != target.length || branch.length == 0) {
            throw new IllegalArgumentException("UnalignedData: need the same positive row count, got branch " + branch.length
                    + ", trunk " + trunk.length + ", target " + target.length);
        }
        branch = AlignedData.copy(branch);
        trunk = AlignedData.copy(trunk);
        target = AlignedData.copy(target);
    }

    @Override
    public double[][] branch() {
        return AlignedData.copy(branch);
    }

    @Override
    public double[][] trunk() {
        return AlignedData.copy(trunk);
    }

    @Override
    public double[][] target() {
        return AlignedData.copy(target);
    }
}
