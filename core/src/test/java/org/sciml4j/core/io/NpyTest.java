package org.sciml4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    private static final int[][] SHAPES = {{}, {0}, {1}, {7}, {3, 4}, {2, 3, 5}, {0, 3}, {2, 1, 2, 3}};

    private static NdArray random(int[] shape, SplittableRandom rng) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-300, 300));
        }
        if (n > 2) {
            d[0] = Double.NaN;
            d[1] = Double.NEGATIVE_INFINITY;
            d[2] = -0.0;
        }
        return new NdArray(d, shape);
    }

    @Test
    void float64RoundTripIsBitIdentical(@TempDir Path dir) throws Exception {
        SplittableRandom rng = new SplittableRandom(42);
        for (int[] shape : SHAPES) {
            NdArray a = random(shape, rng);
            Path f = dir.resolve("a.npy");
            Npy.write(f, a);
            NdArray b = Npy.read(f);
            assertArrayEquals(shape, b.shape());
            double[] x = a.data();
            double[] y = b.data();
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(x[i]), Double.doubleToRawLongBits(y[i]), "element " + i);
            }
            assertEquals(0, Files.size(f) - (long) x.length * 8 & 63, "data start at a multiple of 64 bytes");
        }
    }

    @Test
    void float32RoundTripRoundsToNearest(@TempDir Path dir) {
        SplittableRandom rng = new SplittableRandom(7);
        for (int[] shape : SHAPES) {
            int n = 1;
            for (int s : shape) {
                n *= s;
            }
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = rng.nextGaussian();
            }
            NdArray a = new NdArray(d, shape);
            Path f = dir.resolve("f.npy");
            Npy.write(f, a, Npy.DType.FLOAT32);
            NdArray b = Npy.read(f);
            assertArrayEquals(shape, b.shape());
            for (int i = 0; i < n; i++) {
                assertEquals((double) (float) d[i], b.get(i), 0.0);
            }
        }
    }

    @Test
    void headerMatchesNumpyConventions() {
        byte[] b = Npy.toBytes(NdArray.vector(1, 2, 3), Npy.DType.FLOAT64);
        String header = new String(b, 10, b.length - 10 - 24, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"), header);
        assertTrue(header.endsWith("\n"));
        assertEquals(128, 10 + header.length(), "numpy pads this header to 128 bytes");
        byte[] s = Npy.toBytes(new NdArray(new double[6], new int[] {2, 3}), Npy.DType.FLOAT32);
        assertTrue(new String(s, 10, 60, StandardCharsets.US_ASCII).contains("'<f4'") && new String(s, 10, 60,
                StandardCharsets.US_ASCII).contains("(2, 3)"));
    }

    /** Builds an npy file by hand, independent of the writer. */
    private static byte[] handMade(String descr, String shape, boolean fortran, byte[] payload, int version) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': " + shape
                + ", }";
        int pre = version == 1 ? 10 : 12;
        StringBuilder h = new StringBuilder(dict);
        while ((pre + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        byte[] hb = h.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.allocate(pre + hb.length + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) version).put((byte) 0);
        if (version == 1) {
            buf.putShort((short) hb.length);
        } else {
            buf.putInt(hb.length);
        }
        buf.put(hb).put(payload);
        return buf.array();
    }

    @Test
    void readsIntegerBoolBigEndianAndFortranData() {
        ByteBuffer i4 = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(-5).putInt(0).putInt(123456789);
        NdArray a = Npy.fromBytes(handMade("<i4", "(3,)", false, i4.array(), 1), "i4");
        assertArrayEquals(new double[] {-5, 0, 123456789}, a.data(), 0.0);

        ByteBuffer i8 = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(-7L).putLong(1L << 52);
        assertArrayEquals(new double[] {-7, 1L << 52}, Npy.fromBytes(handMade("<i8", "(2,)", false, i8.array(), 2), "i8")
                .data(), 0.0);

        NdArray u1 = Npy.fromBytes(handMade("|u1", "(2, 2)", false, new byte[] {0, 1, (byte) 200, (byte) 255}, 1), "u1");
        assertArrayEquals(new double[] {0, 1, 200, 255}, u1.data(), 0.0);

        NdArray bool = Npy.fromBytes(handMade("|b1", "(3,)", false, new byte[] {1, 0, 1}, 3), "bool");
        assertArrayEquals(new double[] {1, 0, 1}, bool.data(), 0.0);

        ByteBuffer be = ByteBuffer.allocate(16).order(ByteOrder.BIG_ENDIAN).putDouble(Math.PI).putDouble(-2.5);
        assertArrayEquals(new double[] {Math.PI, -2.5}, Npy.fromBytes(handMade(">f8", "(2,)", false, be.array(), 1), "be")
                .data(), 0.0);

        // Fortran order: column-major storage of [[1, 2, 3], [4, 5, 6]]
        ByteBuffer f = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : new double[] {1, 4, 2, 5, 3, 6}) {
            f.putDouble(v);
        }
        NdArray fo = Npy.fromBytes(handMade("<f8", "(2, 3)", true, f.array(), 1), "fortran");
        assertArrayEquals(new int[] {2, 3}, fo.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, fo.data(), 0.0);
    }

    @Test
    void badFilesGiveClearErrors(@TempDir Path dir) throws Exception {
        UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> Npy.read(dir.resolve("nope.npy")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());

        IllegalArgumentException notNpy = assertThrows(IllegalArgumentException.class,
                () -> Npy.fromBytes("hello world, not numpy".getBytes(StandardCharsets.US_ASCII), "text"));
        assertTrue(notNpy.getMessage().contains("magic"), notNpy.getMessage());

        byte[] full = Npy.toBytes(new NdArray(new double[12], new int[] {3, 4}), Npy.DType.FLOAT64);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 5);
        IllegalArgumentException truncated = assertThrows(IllegalArgumentException.class, () -> Npy.fromBytes(cut, "cut"));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());

        IllegalArgumentException complex = assertThrows(IllegalArgumentException.class,
                () -> Npy.fromBytes(handMade("<c16", "(1,)", false, new byte[16], 1), "c16"));
        assertTrue(complex.getMessage().contains("not supported"), complex.getMessage());

        assertThrows(IllegalArgumentException.class, () -> new NdArray(new double[5], new int[] {2, 3}));

        Path notZip = dir.resolve("bad.npz");
        Files.writeString(notZip, "not a zip");
        IllegalArgumentException nz = assertThrows(IllegalArgumentException.class, () -> Npz.read(notZip));
        assertTrue(nz.getMessage().contains("zip"), nz.getMessage());
        assertThrows(UncheckedIOException.class, () -> Npz.read(dir.resolve("missing.npz")));
    }

    @Test
    void npzRoundTripKeepsOrderAndBits(@TempDir Path dir) {
        SplittableRandom rng = new SplittableRandom(3);
        Map<String, NdArray> in = new LinkedHashMap<>();
        in.put("z_last_name_first", random(new int[] {4, 5}, rng));
        in.put("scalar", NdArray.scalar(0.01 / Math.PI));
        in.put("cube", random(new int[] {2, 3, 4}, rng));
        in.put("empty", new NdArray(new double[0], new int[] {0, 2}));
        Path f = dir.resolve("arrays.npz");
        Npz.write(f, in);
        Map<String, NdArray> out = Npz.read(f);
        assertEquals(java.util.List.copyOf(in.keySet()), java.util.List.copyOf(out.keySet()));
        in.forEach((k, v) -> assertEquals(v, out.get(k), k));
        assertEquals(in.get("cube"), Npz.read(f, "cube"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Npz.read(f, "nothere"));
        assertTrue(e.getMessage().contains("cube"), e.getMessage());

        Path f32 = dir.resolve("arrays32.npz");
        Npz.write(f32, in, Npy.DType.FLOAT32);
        assertEquals((float) (0.01 / Math.PI), (float) Npz.read(f32, "scalar").get(0), 0.0f);
    }
}
