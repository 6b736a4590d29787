package org.sciml4j.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names and shapes of the blocks of a flat parameter vector, in order: block k occupies the next
 * (product of its shape) entries. Splits a flat vector into named arrays for checkpoints and joins
 * them back, checking names and shapes. Immutable and thread-safe.
 *
 * @param blocks the blocks in vector order
 */
public record ParameterLayout(List<Block> blocks) {

    /** One named block of the vector. */
    public record Block(String name, int[] shape) {
        public Block {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("parameter layout: empty block name");
            }
            shape = Objects.requireNonNull(shape, "shape of " + name).clone();
            for (int s : shape) {
                if (s < 0) {
                    throw new IllegalArgumentException("parameter layout: block " + name + " has negative extent in "
                            + Arrays.toString(shape));
                }
            }
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        /** Number of entries. */
        public int size() {
            int n = 1;
            for (int s : shape) {
                n = Math.multiplyExact(n, s);
            }
            return n;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Block b && b.name.equals(name) && Arrays.equals(b.shape, shape);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(shape);
        }

        @Override
        public String toString() {
            return name + Arrays.toString(shape);
        }
    }

    public ParameterLayout {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Block b : blocks) {
            if (!seen.add(b.name())) {
                throw new IllegalArgumentException("parameter layout: block name '" + b.name() + "' used twice");
            }
        }
    }

    /** One block {@code "parameters"} of shape [n]. */
    public static ParameterLayout single(int n) {
        return new ParameterLayout(List.of(new Block("parameters", new int[] {n})));
    }

    /** A builder-like start: no blocks; add with {@link #with}. */
    public static ParameterLayout empty() {
        return new ParameterLayout(List.of());
    }

    /** A copy with one more block at the end. */
    public ParameterLayout with(String name, int... shape) {
        List<Block> b = new ArrayList<>(blocks);
        b.add(new Block(name, shape));
        return new ParameterLayout(b);
    }

    /** Total number of entries. */
    public int size() {
        int n = 0;
        for (Block b : blocks) {
            n = Math.addExact(n, b.size());
        }
        return n;
    }

    /** Splits a flat vector (not modified) into named arrays, in block order. */
    public Map<String, NdArray> split(double[] flat) {
        if (flat.length != size()) {
            throw new IllegalArgumentException("parameter layout: vector has length " + flat.length + " but the layout "
                    + blocks + " holds " + size());
        }
        Map<String, NdArray> out = new LinkedHashMap<>();
        int off = 0;
        for (Block b : blocks) {
            int n = b.size();
            out.put(b.name(), new NdArray(Arrays.copyOfRange(flat, off, off + n), b.shape()));
            off += n;
        }
        return Collections.unmodifiableMap(out);
    }

    /** Joins named arrays into a flat vector; names and shapes must match the layout exactly. */
    public double[] join(Map<String, NdArray> arrays) {
        if (!List.copyOf(arrays.keySet()).equals(blocks.stream().map(Block::name).toList())) {
            throw new IllegalArgumentException("parameter layout: arrays " + arrays.keySet() + " do not match the layout's "
                    + "blocks " + blocks.stream().map(Block::name).toList() + " (same names in the same order needed)");
        }
        double[] flat = new double[size()];
        int off = 0;
        for (Block b : blocks) {
            NdArray a = arrays.get(b.name());
            if (!Arrays.equals(a.shape(), b.shape())) {
                throw new IllegalArgumentException("parameter layout: array '" + b.name() + "' has shape "
                        + Arrays.toString(a.shape()) + " but the layout expects " + Arrays.toString(b.shape()));
            }
            a.copyTo(flat, off);
            off += a.size();
        }
        return flat;
    }
}
