package org.sciml4j.core.io;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense n-dimensional float64 array in C (row-major) order: element (i₀, …, i_{d−1}) is
 * {@code data[((i₀ s₁ + i₁) s₂ + …) + i_{d−1}]} for shape (s₀, …, s_{d−1}). A rank-0 array
 * (scalar) has shape {@code []} and one element. Immutable: arrays are copied in and out.
 *
 * @param data  the values, length = product of the shape
 * @param shape the extents, each ≥ 0
 */
public record NdArray(double[] data, int[] shape) {
    public NdArray {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("NdArray: negative extent in shape " + Arrays.toString(shape));
            }
            n *= s;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("NdArray: shape " + Arrays.toString(shape) + " holds " + n
                    + " elements but data has " + data.length + "; pass data of the shape's size");
        }
        data = data.clone();
        shape = shape.clone();
    }

    /** A 1-D array. */
    public static NdArray vector(double... values) {
        return new NdArray(values, new int[] {values.length});
    }

    /** A rank-0 array holding one value. */
    public static NdArray scalar(double value) {
        return new NdArray(new double[] {value}, new int[0]);
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public int size() {
        return data.length;
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Extent of dimension {@code dim}. */
    public int shape(int dim) {
        return shape[dim];
    }

    /** Element at a flat C-order index. */
    public double get(int flatIndex) {
        return data[flatIndex];
    }

    /** Element at a multi-index. */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("NdArray.get: " + index.length + " indices for shape " + Arrays.toString(shape));
        }
        int flat = 0;
        for (int d = 0; d < index.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("NdArray.get: index " + Arrays.toString(index) + " outside shape "
                        + Arrays.toString(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return data[flat];
    }

    /** The same data with another shape of equal size. */
    public NdArray reshape(int... newShape) {
        return new NdArray(data, newShape);
    }

    /** Copies the values into {@code out} at {@code offset} (out modified). */
    public void copyTo(double[] out, int offset) {
        System.arraycopy(data, 0, out, offset, data.length);
    }

    /** Minimum over finite and non-finite values alike (NaN propagates); NaN for an empty array. */
    public double min() {
        double m = data.length == 0 ? Double.NaN : Double.POSITIVE_INFINITY;
        for (double v : data) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** Maximum (NaN propagates); NaN for an empty array. */
    public double max() {
        double m = data.length == 0 ? Double.NaN : Double.NEGATIVE_INFINITY;
        for (double v : data) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** Equal shapes and bit-identical values (NaN equals NaN of the same bits). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NdArray other) || !Arrays.equals(shape, other.shape) || data.length != other.data.length) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            if (Double.doubleToRawLongBits(data[i]) != Double.doubleToRawLongBits(other.data[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NdArray" + Arrays.toString(shape);
    }
}
