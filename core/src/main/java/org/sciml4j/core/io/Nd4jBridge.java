package org.sciml4j.core.io;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conversion between ND4J's {@link INDArray} and {@link NdArray}, the bridge to the DL4J world.
 *
 * <p>{@link #toNdArray} reads any numeric INDArray (any ordering or view) in C order and converts
 * it to float64; {@link #toINDArray} creates a C-ordered float64 (or float32) INDArray. The first
 * call loads ND4J's native backend (a few seconds). Also offers ND4J's own npy reader
 * ({@link #readNpyWithNd4j}) for cross-checks; {@link Npy}/{@link Npz} are the primary readers.
 * Stateless; thread safety is that of ND4J.
 */
public final class Nd4jBridge {

    private Nd4jBridge() {
    }

    /** A float64 C-order copy of {@code array} (not modified). */
    public static NdArray toNdArray(INDArray array) {
        long[] shape = array.shape();
        int[] s = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("Nd4jBridge.toNdArray: extent " + shape[i] + " too large");
            }
            s[i] = (int) shape[i];
        }
        INDArray c = array.dataType() == DataType.DOUBLE ? array : array.castTo(DataType.DOUBLE);
        if (array.isScalar() && array.rank() == 0) {
            return NdArray.scalar(c.getDouble(0));
        }
        double[] data = c.dup('c').data().asDouble();
        return new NdArray(data, s);
    }

    /** A new float64 C-order INDArray holding a copy of {@code array}. */
    public static INDArray toINDArray(NdArray array) {
        return toINDArray(array, DataType.DOUBLE);
    }

    /** A new C-order INDArray of the given floating type (DOUBLE or FLOAT). */
    public static INDArray toINDArray(NdArray array, DataType type) {
        if (type != DataType.DOUBLE && type != DataType.FLOAT) {
            throw new IllegalArgumentException("Nd4jBridge.toINDArray: type " + type + " not supported; use DOUBLE or FLOAT");
        }
        long[] shape = new long[array.rank()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = array.shape(i);
        }
        INDArray out = Nd4j.create(array.data(), shape, 'c');
        return type == DataType.DOUBLE ? out : out.castTo(type);
    }

    /** Reads a {@code .npy} file with ND4J ({@code Nd4j.createFromNpyFile}) and converts it. */
    public static NdArray readNpyWithNd4j(Path file) {
        File f = file.toFile();
        if (!f.isFile()) {
            throw new java.io.UncheckedIOException("cannot read " + file.toAbsolutePath() + ": file does not exist",
                    new java.io.FileNotFoundException(file.toString()));
        }
        return toNdArray(Nd4j.createFromNpyFile(f));
    }

    /** Reads a {@code .npz} file with ND4J ({@code Nd4j.createFromNpzFile}) and converts every entry. */
    public static Map<String, NdArray> readNpzWithNd4j(Path file) {
        File f = file.toFile();
        if (!f.isFile()) {
            throw new java.io.UncheckedIOException("cannot read " + file.toAbsolutePath() + ": file does not exist",
                    new java.io.FileNotFoundException(file.toString()));
        }
        Map<String, NdArray> out = new LinkedHashMap<>();
        try {
            Nd4j.createFromNpzFile(f).forEach((k, v) -> out.put(k.endsWith(".npy") ? k.substring(0, k.length() - 4) : k,
                    toNdArray(v)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Nd4jBridge: ND4J could not read " + file + ": " + e, e);
        }
        return out;
    }
}
