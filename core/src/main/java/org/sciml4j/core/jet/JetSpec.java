package org.sciml4j.core.jet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sciml4j.core.SciMLException;

/**
 * Which Taylor coefficients a {@link Jet} carries for u(x), x ∈ ℝ^d: the value, all first
 * derivatives ∂u/∂x_i, and the requested second and third derivatives (multi-indices such as
 * {@code {0,0}} for ∂²u/∂x_0², {@code {0,1}} for ∂²u/∂x_0∂x_1, {@code {0,0,0}} for u_xxx).
 * The set is closed: every sub-multi-index of a requested one is carried too (Faà di Bruno and
 * Leibniz need them). Streams are ordered: value, first derivatives 0..d−1, then second, then
 * third derivatives, each in lexicographic order. Immutable value type. Orders above 3 are
 * rejected.
 */
public final class JetSpec {
    /** Highest derivative order supported. */
    public static final int MAX_ORDER = 3;

    private final int dim;
    private final int order;
    private final List<int[]> streams;
    private final Map<String, Integer> index;
    /** terms[s] = Faà di Bruno terms for stream s: each term {m, stream of block 1..m}. */
    private final int[][][] terms;

    private JetSpec(int dim, List<int[]> requested) {
        if (dim < 1) {
            throw new SciMLException("JetSpec: dimension " + dim + " must be at least 1");
        }
        this.dim = dim;
        TreeSet<String> keys = new TreeSet<>();
        List<int[]> all = new ArrayList<>();
        all.add(new int[0]);
        for (int i = 0; i < dim; i++) {
            all.add(new int[] {i});
        }
        List<int[]> closure = new ArrayList<>();
        for (int[] r : requested) {
            int[] s = r.clone();
            Arrays.sort(s);
            if (s.length > MAX_ORDER) {
                throw new SciMLException("JetSpec: derivative " + Arrays.toString(r) + " has order " + s.length
                        + "; at most " + MAX_ORDER + " is supported");
            }
            for (int v : s) {
                if (v < 0 || v >= dim) {
                    throw new SciMLException("JetSpec: derivative " + Arrays.toString(r) + " names an axis outside 0.."
                            + (dim - 1));
                }
            }
            // all sub-multisets of size >= 2
            for (int mask = 1; mask < (1 << s.length); mask++) {
                if (Integer.bitCount(mask) < 2) {
                    continue;
                }
                int[] sub = new int[Integer.bitCount(mask)];
                for (int b = 0, j = 0; b < s.length; b++) {
                    if ((mask & (1 << b)) != 0) {
                        sub[j++] = s[b];
                    }
                }
                closure.add(sub);
            }
        }
        closure.sort((a, b) -> a.length != b.length ? Integer.compare(a.length, b.length) : Arrays.compare(a, b));
        for (int[] c : closure) {
            if (keys.add(key(c))) {
                all.add(c);
            }
        }
        this.streams = all;
        this.index = new HashMap<>();
        int ord = 1;
        for (int s = 0; s < all.size(); s++) {
            index.put(key(all.get(s)), s);
            ord = Math.max(ord, all.get(s).length);
        }
        this.order = ord;
        this.terms = new int[all.size()][][];
        for (int s = 0; s < all.size(); s++) {
            terms[s] = faaDiBruno(all.get(s));
        }
    }

    private static String key(int[] mi) {
        return Arrays.toString(mi);
    }

    /** Terms of Faà di Bruno for multi-index mi: one per set partition of its positions. */
    private int[][] faaDiBruno(int[] mi) {
        if (mi.length == 0) {
            return new int[][] {{0}};
        }
        List<int[]> out = new ArrayList<>();
        List<List<Integer>> blocks = new ArrayList<>();
        partitions(mi, 0, blocks, out);
        return out.toArray(new int[0][]);
    }

    private void partitions(int[] mi, int pos, List<List<Integer>> blocks, List<int[]> out) {
        if (pos == mi.length) {
            int[] term = new int[blocks.size() + 1];
            term[0] = blocks.size();
            for (int b = 0; b < blocks.size(); b++) {
                int[] sub = new int[blocks.get(b).size()];
                for (int j = 0; j < sub.length; j++) {
                    sub[j] = mi[blocks.get(b).get(j)];
                }
                Arrays.sort(sub);
                term[b + 1] = index.get(key(sub));
            }
            out.add(term);
            return;
        }
        for (List<Integer> b : blocks) {
            b.add(pos);
            partitions(mi, pos + 1, blocks, out);
            b.remove(b.size() - 1);
        }
        List<Integer> nb = new ArrayList<>();
        nb.add(pos);
        blocks.add(nb);
        partitions(mi, pos + 1, blocks, out);
        blocks.remove(blocks.size() - 1);
    }

    /** Value and first derivatives only. */
    public static JetSpec firstOrder(int d) {
        return new JetSpec(d, List.of());
    }

    /** Value, gradient and the Hessian diagonal ∂²/∂x_i² (for the Laplacian). */
    public static JetSpec laplacian(int d) {
        List<int[]> r = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            r.add(new int[] {i, i});
        }
        return new JetSpec(d, r);
    }

    /** Every derivative up to {@code order} (≤ 3), mixed ones included. */
    public static JetSpec full(int d, int order) {
        if (order < 1 || order > MAX_ORDER) {
            throw new SciMLException("JetSpec.full: order " + order + " must be in 1.." + MAX_ORDER);
        }
        List<int[]> r = new ArrayList<>();
        if (order >= 2) {
            for (int i = 0; i < d; i++) {
                for (int j = i; j < d; j++) {
                    if (order == 2) {
                        r.add(new int[] {i, j});
                    } else {
                        for (int k = j; k < d; k++) {
                            r.add(new int[] {i, j, k});
                        }
                    }
                }
            }
        }
        return new JetSpec(d, r);
    }

    /** Value, gradient and the requested derivative multi-indices (plus their closure). */
    public static JetSpec of(int d, int[]... requested) {
        return new JetSpec(d, Arrays.asList(requested));
    }

    /** Builder: {@code JetSpec.builder(2).withPair(0, 1).withTriple(0, 0, 0).build()}. */
    public static Builder builder(int d) {
        return new Builder(d);
    }

    /** Collects requested derivatives. */
    public static final class Builder {
        private final int d;
        private final List<int[]> req = new ArrayList<>();

        private Builder(int d) {
            this.d = d;
        }

        /** Requests ∂²/∂x_i∂x_j. */
        public Builder withPair(int i, int j) {
            req.add(new int[] {i, j});
            return this;
        }

        /** Requests ∂³/∂x_i∂x_j∂x_k. */
        public Builder withTriple(int i, int j, int k) {
            req.add(new int[] {i, j, k});
            return this;
        }

        /** Requests the Hessian diagonal. */
        public Builder withLaplacian() {
            for (int i = 0; i < d; i++) {
                req.add(new int[] {i, i});
            }
            return this;
        }

        /** The validated spec. */
        public JetSpec build() {
            return new JetSpec(d, req);
        }
    }

    /** Input dimension d. */
    public int dim() {
        return dim;
    }

    /** Highest derivative order carried. */
    public int order() {
        return order;
    }

    /** Number of streams S (value included). */
    public int streams() {
        return streams.size();
    }

    /** Multi-index of stream s (copy). */
    public int[] multiIndex(int s) {
        return streams.get(s).clone();
    }

    /** Whether the derivative with this multi-index (any order of axes) is carried. */
    public boolean has(int... mi) {
        int[] s = mi.clone();
        Arrays.sort(s);
        return index.containsKey(key(s));
    }

    /** Stream index of a multi-index (any order of axes). */
    public int stream(int... mi) {
        int[] s = mi.clone();
        Arrays.sort(s);
        Integer i = index.get(key(s));
        if (i == null) {
            throw new SciMLException("Jet: derivative " + Arrays.toString(mi) + " is not carried by this JetSpec "
                    + this + "; request it, e.g. JetSpec.builder(d).withPair(i, j) or JetSpec.full(d, order)");
        }
        return i;
    }

    int[][] terms(int s) {
        return terms[s];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JetSpec && ((JetSpec) o).dim == dim && ((JetSpec) o).index.keySet().equals(index.keySet());
    }

    @Override
    public int hashCode() {
        return 31 * dim + index.keySet().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("JetSpec(d=" + dim + ", streams=");
        for (int[] s : streams) {
            b.append(Arrays.toString(s));
        }
        return b.append(')').toString();
    }
}
