package org.sciml4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class Nd4jBridgeTest {

    @Test
    void roundTripThroughINDArrayIsExact() {
        double[] data = new double[24];
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.sin(i) * 1e3 + 1.0 / (i + 1);
        }
        NdArray a = new NdArray(data, new int[] {2, 3, 4});
        INDArray ind = Nd4jBridge.toINDArray(a);
        assertEquals(DataType.DOUBLE, ind.dataType());
        assertArrayEquals(new long[] {2, 3, 4}, ind.shape());
        assertEquals(a.get(1, 2, 3), ind.getDouble(1, 2, 3), 0.0);
        assertEquals(a, Nd4jBridge.toNdArray(ind));
        // a transposed (non-contiguous) view is read in its logical C order
        INDArray t = Nd4jBridge.toINDArray(a.reshape(6, 4)).transpose();
        NdArray tt = Nd4jBridge.toNdArray(t);
        assertArrayEquals(new int[] {4, 6}, tt.shape());
        assertEquals(a.get(1, 0, 2), tt.get(2, 3), 0.0);
    }

    @Test
    void nd4jReadsOurNpyFiles(@TempDir Path dir) {
        NdArray a = new NdArray(new double[] {1.5, -2, 3e-300, 4, 5, 6}, new int[] {3, 2});
        Path f = dir.resolve("a.npy");
        Npy.write(f, a);
        assertEquals(a, Nd4jBridge.readNpyWithNd4j(f));
    }

    @Test
    void nd4jNpzReaderAgreesWithOursOnSharedData() {
        // ND4J 1.0.0-M2.1 cannot parse 1-D shapes such as (256,) in npz headers (NumberFormatException),
        // so the cross-check uses a file whose arrays are all 3-D.
        Optional<Path> file = DataFolders.sharedData("neuralop/darcy_test_16.npz");
        assumeTrue(file.isPresent(), DataFolders.missingMessage());
        Map<String, NdArray> ours = Npz.read(file.get());
        Map<String, NdArray> theirs = Nd4jBridge.readNpzWithNd4j(file.get());
        assertEquals(ours.keySet(), theirs.keySet());
        ours.forEach((k, v) -> assertEquals(v, theirs.get(k), "array " + k));
        assertArrayEquals(new int[] {50, 16, 16}, ours.get("y").shape());
    }
}
