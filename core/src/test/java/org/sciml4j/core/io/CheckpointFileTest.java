package org.sciml4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sciml4j.core.optim.AdamState;
import org.sciml4j.core.optim.LbfgsState;
import org.sciml4j.core.optim.LmState;

class CheckpointFileTest {

    private static double[] awkwardValues(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rng.nextGaussian() * Math.pow(2, rng.nextInt(-1074, 1000));
        }
        d[0] = Double.longBitsToDouble(0x7ff8_0000_dead_beefL); // NaN with a payload
        d[1] = -0.0;
        d[2] = Double.MIN_VALUE;
        d[3] = Double.NEGATIVE_INFINITY;
        return d;
    }

    private static Checkpoint sample() {
        Checkpoint.Builder b = Checkpoint.builder()
                .withParameter("layer0/W", new NdArray(awkwardValues(12, 1), new int[] {3, 4}))
                .withParameter("layer0/b", NdArray.vector(awkwardValues(4, 2)))
                .withParameter("energy", NdArray.scalar(-0.125));
        OptimizerStates.putAdam(b, "adam", new AdamState(1234, awkwardValues(17, 3), awkwardValues(17, 4)));
        OptimizerStates.putLbfgs(b, "lbfgs", new LbfgsState(9, 31, List.of(awkwardValues(17, 5), awkwardValues(17, 6)),
                List.of(awkwardValues(17, 7), awkwardValues(17, 8))), 17);
        OptimizerStates.putLevenbergMarquardt(b, "lm", new LmState(5, 7, 4, 0.1 + 0.2, 8, new double[] {1, 2.5}));
        b.withAttribute("note", "unicode ok: λ ν ∂");
        return b.build();
    }

    @Test
    void roundTripIsBitIdentical(@TempDir Path dir) {
        Checkpoint c = sample();
        Path f = dir.resolve("sub/run.ckpt");
        CheckpointFile.write(f, c);
        Checkpoint back = CheckpointFile.read(f);
        assertEquals(c, back);
        double[] w = c.parameter("layer0/W").data();
        double[] wb = back.parameter("layer0/W").data();
        for (int i = 0; i < w.length; i++) {
            assertEquals(Double.doubleToRawLongBits(w[i]), Double.doubleToRawLongBits(wb[i]), "W[" + i + "]");
        }
        assertEquals(List.of("layer0/W", "layer0/b", "energy"), List.copyOf(back.parameters().keySet()));
        AdamState a = OptimizerStates.adam(back, "adam");
        assertEquals(new AdamState(1234, awkwardValues(17, 3), awkwardValues(17, 4)), a);
        LbfgsState l = OptimizerStates.lbfgs(back, "lbfgs");
        assertEquals(2, l.historySize());
        assertArrayEquals(awkwardValues(17, 6), l.s().get(1), 0.0);
        LmState lm = OptimizerStates.levenbergMarquardt(back, "lm");
        assertEquals(0.1 + 0.2, lm.lambda(), 0.0);
        assertEquals("unicode ok: λ ν ∂", back.attribute("note"));
        // Overwriting replaces the file.
        CheckpointFile.write(f, Checkpoint.builder().withParameter("p", NdArray.vector(1, 2)).build());
        assertEquals(List.of("p"), List.copyOf(CheckpointFile.read(f).parameters().keySet()));
    }

    @Test
    void theArraysAreReadableAsNpy(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("run.ckpt");
        CheckpointFile.write(f, sample());
        assertEquals(sample().parameter("layer0/W"), Npz.read(f, "parameters/0"));
    }

    @Test
    void corruptOrForeignFilesGiveClearErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("run.ckpt");
        CheckpointFile.write(f, sample());
        byte[] bytes = Files.readAllBytes(f);

        // flip one byte inside the data of the first parameter array
        byte[] flipped = bytes.clone();
        byte[] name = "parameters/0.npy".getBytes(StandardCharsets.US_ASCII);
        int inManifest = indexOf(flipped, name, 0);
        int localHeader = indexOf(flipped, name, inManifest + 1); // the entry's own header follows the manifest
        int at = localHeader + name.length + 128 + 30;
        flipped[at] ^= 0x10;
        Path bad = dir.resolve("flipped.ckpt");
        Files.write(bad, flipped);
        IllegalArgumentException crc = assertThrows(IllegalArgumentException.class, () -> CheckpointFile.read(bad));
        assertTrue(crc.getMessage().contains("CRC-32") && crc.getMessage().contains("layer0/W"), crc.getMessage());

        byte[] badManifest = bytes.clone();
        badManifest[inManifest - 3] = '*';
        Path bm = dir.resolve("manifest.ckpt");
        Files.write(bm, badManifest);
        IllegalArgumentException mf = assertThrows(IllegalArgumentException.class, () -> CheckpointFile.read(bm));
        assertTrue(mf.getMessage().contains("corrupt"), mf.getMessage());

        Path cut = dir.resolve("cut.ckpt");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IllegalArgumentException truncated = assertThrows(IllegalArgumentException.class, () -> CheckpointFile.read(cut));
        assertTrue(truncated.getMessage().contains("cut.ckpt"), truncated.getMessage());

        Path npz = dir.resolve("plain.npz");
        Npz.write(npz, Map.of("x", NdArray.vector(1, 2, 3)));
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> CheckpointFile.read(npz));
        assertTrue(foreign.getMessage().contains("manifest.json"), foreign.getMessage());

        Path future = dir.resolve("future.ckpt");
        try (OutputStream os = Files.newOutputStream(future); ZipOutputStream z = new ZipOutputStream(os)) {
            Npz.putStored(z, "manifest.json", ("{\"format\":\"sciml4j-checkpoint\",\"version\":99,\"parameters\":[],"
                    + "\"state\":[],\"attributes\":{}}").getBytes(StandardCharsets.UTF_8));
        }
        IllegalArgumentException version = assertThrows(IllegalArgumentException.class, () -> CheckpointFile.read(future));
        assertTrue(version.getMessage().contains("version 99"), version.getMessage());

        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> CheckpointFile.read(dir.resolve("nope.ckpt")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());

        Checkpoint c = CheckpointFile.read(f);
        IllegalArgumentException noAttr = assertThrows(IllegalArgumentException.class, () -> c.attributeLong("missing"));
        assertTrue(noAttr.getMessage().contains("present"), noAttr.getMessage());
    }

    @Test
    void parameterLayoutSplitsAndJoinsWithChecks() {
        ParameterLayout layout = ParameterLayout.empty().with("W", 2, 3).with("b", 3).with("E");
        assertEquals(10, layout.size());
        double[] flat = awkwardValues(10, 9);
        Map<String, NdArray> named = layout.split(flat);
        assertArrayEquals(new int[] {2, 3}, named.get("W").shape());
        assertEquals(0, named.get("E").rank());
        double[] back = layout.join(named);
        for (int i = 0; i < flat.length; i++) {
            assertEquals(Double.doubleToRawLongBits(flat[i]), Double.doubleToRawLongBits(back[i]));
        }
        IllegalArgumentException len = assertThrows(IllegalArgumentException.class, () -> layout.split(new double[9]));
        assertTrue(len.getMessage().contains("length 9"), len.getMessage());
        IllegalArgumentException names = assertThrows(IllegalArgumentException.class,
                () -> ParameterLayout.single(10).join(named));
        assertTrue(names.getMessage().contains("do not match"), names.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterLayout.empty().with("a", 1).with("a", 2));
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("entry not found");
    }
}
