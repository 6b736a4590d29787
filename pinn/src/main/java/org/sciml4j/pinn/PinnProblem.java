package org.sciml4j.pinn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sciml4j.pinn.geometry.Geometry;
import org.sciml4j.pinn.sampling.Sampler;
import org.sciml4j.pinn.sampling.Samplers;

/**
 * A physics-informed problem: geometry, PDE residual at interior collocation points, soft
 * conditions, hard constraints (trial functions), trainable scalars and global terms. The loss is
 * <pre>
 *   L(θ) = w_pde · mean_i |𝒩(xᵢ)|² + Σ_c w_c · mean_j |r_c(x_j)|² + Σ_g w_g · G_g²
 * </pre>
 * and, for least-squares training, the residual vector stacks every pointwise residual scaled by
 * √(2w/N) and every global residual scaled by √(2w), so that L = ½‖r‖² (the cost of
 * {@link org.sciml4j.core.optim.LevenbergMarquardt}). All points are sampled once in
 * {@link Builder#build()} from the builder's seed. Immutable and thread-safe.
 */
public final class PinnProblem {

    /** A block of pointwise residual rows. */
    record Block(String name, double[][] points, int count, double weight, Condition.Indexed fn,
                 SpaceJet[][] factors, SpaceJet[][] lifts, double[][] partners, SpaceJet[][] partnerFactors,
                 SpaceJet[][] partnerLifts) {
        boolean paired() {
            return partners != null;
        }
    }

    private final Geometry geometry;
    private final Pde pde;
    private final int outputs;
    private final int order;
    private final List<Block> blocks;
    private final List<GlobalTerm> globals;
    private final List<SpaceJet[][]> globalFactors;
    private final List<SpaceJet[][]> globalLifts;
    private final List<TrainableScalar> parameters;
    private final HardConstraint[] hard;
    private final Builder source;

    private PinnProblem(Builder b, double[][] collocation, List<double[][]> conditionPoints) {
        this.source = b;
        this.geometry = b.geometry;
        this.pde = b.pde;
        this.outputs = b.outputs;
        this.hard = b.hard.clone();
        this.parameters = List.copyOf(b.parameters);
        this.globals = List.copyOf(b.globals);
        int ord = pde.order();
        for (Condition c : b.conditions) {
            ord = Math.max(ord, c.order());
        }
        for (GlobalTerm g : globals) {
            ord = Math.max(ord, g.order());
        }
        this.order = ord;
        List<Block> bl = new ArrayList<>();
        PointResidual pf = pde.function();
        bl.add(block("pde", collocation, pde.count(), b.pdeWeight, (i, x, u, v, p) -> pf.residuals(x, u, p), null));
        for (int k = 0; k < b.conditions.size(); k++) {
            Condition c = b.conditions.get(k);
            String name = c.name();
            for (Block prev : bl) {
                if (prev.name().equals(name)) {
                    name = name + " #" + (k + 1);
                }
            }
            bl.add(block(name, conditionPoints.get(k), c.count(), c.weight(), c.function(), c.partners()));
        }
        this.blocks = List.copyOf(bl);
        List<SpaceJet[][]> gf = new ArrayList<>();
        List<SpaceJet[][]> gl = new ArrayList<>();
        for (GlobalTerm g : globals) {
            SpaceJet[][][] fl = transforms(g.points());
            gf.add(fl[0]);
            gl.add(fl[1]);
        }
        this.globalFactors = gf;
        this.globalLifts = gl;
    }

    private Block block(String name, double[][] pts, int count, double weight, Condition.Indexed fn,
                        double[][] partners) {
        for (double[] x : pts) {
            if (x.length != geometry.dimension()) {
                throw new IllegalArgumentException("PinnProblem: term '" + name + "' has a point of dimension " + x.length
                        + " in a problem of dimension " + geometry.dimension());
            }
        }
        SpaceJet[][][] fl = transforms(pts);
        SpaceJet[][][] pl = partners == null ? new SpaceJet[2][][] : transforms(partners);
        return new Block(name, pts, count, weight, fn, fl[0], fl[1], partners, pl[0], pl[1]);
    }

    /** Per point and field: D and g jets of the hard constraints (null where absent). */
    private SpaceJet[][][] transforms(double[][] pts) {
        SpaceJet[][] f = new SpaceJet[pts.length][outputs];
        SpaceJet[][] g = new SpaceJet[pts.length][outputs];
        for (int i = 0; i < pts.length; i++) {
            for (int o = 0; o < outputs; o++) {
                if (hard[o] != null) {
                    SpaceJet[] xs = SpaceJet.coordinates(pts[i]);
                    f[i][o] = hard[o].factor(xs);
                    g[i][o] = hard[o].lift(xs);
                }
            }
        }
        return new SpaceJet[][][] {f, g};
    }

    /** Fills D and g jets of every field at one point (null where no hard constraint). */
    void transformsAt(double[] x, SpaceJet[] factors, SpaceJet[] lifts) {
        for (int o = 0; o < outputs; o++) {
            if (hard[o] != null) {
                SpaceJet[] xs = SpaceJet.coordinates(x);
                factors[o] = hard[o].factor(xs);
                lifts[o] = hard[o].lift(xs);
            }
        }
    }

    /** A builder for a geometry and a PDE. */
    public static Builder builder(Geometry geometry, Pde pde) {
        return new Builder(geometry, pde);
    }

    /** A builder preset with this problem's settings, e.g. to add points or change weights. */
    public Builder toBuilder() {
        return source.copy();
    }

    public Geometry geometry() {
        return geometry;
    }

    public int dimension() {
        return geometry.dimension();
    }

    public int outputs() {
        return outputs;
    }

    /** Highest input derivative any term reads. */
    public int order() {
        return order;
    }

    public List<TrainableScalar> parameters() {
        return parameters;
    }

    /** Interior collocation points (copy). */
    public double[][] collocationPoints() {
        return Condition.deepCopy(blocks.get(0).points());
    }

    /** Names of the loss components in order: pde, conditions, global terms. */
    public List<String> componentNames() {
        List<String> n = new ArrayList<>();
        blocks.forEach(b -> n.add(b.name()));
        globals.forEach(g -> n.add(g.name()));
        return n;
    }

    List<Block> blocks() {
        return blocks;
    }

    List<GlobalTerm> globals() {
        return globals;
    }

    SpaceJet[][] globalFactors(int k) {
        return globalFactors.get(k);
    }

    SpaceJet[][] globalLifts(int k) {
        return globalLifts.get(k);
    }

    /** Jet components per output for dimension d and order. */
    static int components(int d, int order) {
        return 1 + (order >= 1 ? d : 0) + (order == 2 ? d * (d + 1) / 2 : 0);
    }

    static int pair(int d, int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return 1 + d + a * d - a * (a - 1) / 2 + (b - a);
    }

    /**
     * The fields as Duals from raw network jets {@code net[o*C + c]} and parameter values; slot
     * layout: o*C + c for network components, outputs*C + t for parameter t, {@code slots} total.
     */
    Jets jets(double[] net, SpaceJet[] factors, SpaceJet[] lifts, int slots) {
        return jets(net, factors, lifts, 0, slots);
    }

    /** As {@link #jets(double[], SpaceJet[], SpaceJet[], int)} with network slots starting at {@code first}. */
    Jets jets(double[] net, SpaceJet[] factors, SpaceJet[] lifts, int first, int slots) {
        int d = dimension();
        int comps = components(d, order);
        FieldJet[] fields = new FieldJet[outputs];
        for (int o = 0; o < outputs; o++) {
            int base = o * comps;
            Dual v = Dual.variable(net[base], first + base, slots);
            Dual[] g = new Dual[d];
            Dual[] h = new Dual[d * d];
            if (order >= 1) {
                for (int i = 0; i < d; i++) {
                    g[i] = Dual.variable(net[base + 1 + i], first + base + 1 + i, slots);
                }
            }
            if (order == 2) {
                for (int i = 0; i < d; i++) {
                    for (int j = i; j < d; j++) {
                        int c = base + pair(d, i, j);
                        Dual e = Dual.variable(net[c], first + c, slots);
                        h[i * d + j] = e;
                        h[j * d + i] = e;
                    }
                }
            }
            SpaceJet f = factors == null ? null : factors[o];
            if (f != null) {
                SpaceJet l = lifts[o];
                Dual nv = v;
                Dual[] ng = g.clone();
                Dual[] nh = h.clone();
                v = nv.times(f.value());
                if (l != null) {
                    v = v.plus(l.value());
                }
                if (order >= 1) {
                    for (int i = 0; i < d; i++) {
                        g[i] = nv.times(f.d(i)).plus(ng[i].times(f.value()));
                        if (l != null) {
                            g[i] = g[i].plus(l.d(i));
                        }
                    }
                }
                if (order == 2) {
                    for (int i = 0; i < d; i++) {
                        for (int j = i; j < d; j++) {
                            Dual e = nv.times(f.d2(i, j)).plus(ng[i].times(f.d(j))).plus(ng[j].times(f.d(i)))
                                    .plus(nh[i * d + j].times(f.value()));
                            if (l != null) {
                                e = e.plus(l.d2(i, j));
                            }
                            h[i * d + j] = e;
                            h[j * d + i] = e;
                        }
                    }
                }
            }
            fields[o] = new FieldJet(d, order, v, g, h);
        }
        return new Jets(fields);
    }

    Params params(double[] values, int firstSlot, int slots) {
        Dual[] v = new Dual[values.length];
        for (int t = 0; t < values.length; t++) {
            v[t] = Dual.variable(values[t], firstSlot + t, slots);
        }
        return new Params(parameters, v);
    }

    /**
     * Options. Defaults: one output, 256 Sobol collocation points, PDE weight 1, sampling seed 0.
     * Not thread-safe.
     */
    public static final class Builder {
        private final Geometry geometry;
        private final Pde pde;
        private int outputs = 1;
        private Sampler sampler = Samplers.sobol();
        private int collocationCount = 256;
        private double[][] collocationPoints;
        private final List<double[]> extraPoints = new ArrayList<>();
        private final List<Condition> conditions = new ArrayList<>();
        private HardConstraint[] hard = new HardConstraint[1];
        private final List<TrainableScalar> parameters = new ArrayList<>();
        private final List<GlobalTerm> globals = new ArrayList<>();
        private double pdeWeight = 1;
        private long seed;
        private boolean allowNoCondition;

        private Builder(Geometry geometry, Pde pde) {
            this.geometry = Objects.requireNonNull(geometry, "geometry");
            this.pde = Objects.requireNonNull(pde, "pde");
        }

        Builder copy() {
            Builder c = new Builder(geometry, pde);
            c.outputs = outputs;
            c.sampler = sampler;
            c.collocationCount = collocationCount;
            c.collocationPoints = collocationPoints;
            c.extraPoints.addAll(extraPoints);
            c.conditions.addAll(conditions);
            c.hard = hard.clone();
            c.parameters.addAll(parameters);
            c.globals.addAll(globals);
            c.pdeWeight = pdeWeight;
            c.seed = seed;
            c.allowNoCondition = allowNoCondition;
            return c;
        }

        /** Number of network outputs (fields), e.g. 2 for a complex field. */
        public Builder withOutputs(int n) {
            if (n <= 0) {
                throw new IllegalArgumentException("PinnProblem: outputs must be positive, got " + n);
            }
            this.outputs = n;
            this.hard = Arrays.copyOf(hard, n);
            return this;
        }

        /** Interior collocation: about n points placed by the sampler. */
        public Builder withCollocation(Sampler s, int n) {
            if (n <= 0) {
                throw new IllegalArgumentException("PinnProblem: collocation count must be positive, got " + n);
            }
            this.sampler = Objects.requireNonNull(s, "sampler");
            this.collocationCount = n;
            this.collocationPoints = null;
            return this;
        }

        /** Interior collocation at given points (copied). */
        public Builder withCollocationPoints(double[][] points) {
            this.collocationPoints = Condition.deepCopy(points);
            return this;
        }

        /** Adds interior points to the sampled ones (residual-based refinement). */
        public Builder withExtraCollocationPoints(double[][] points) {
            for (double[] p : points) {
                extraPoints.add(p.clone());
            }
            return this;
        }

        public Builder withCondition(Condition c) {
            conditions.add(Objects.requireNonNull(c, "condition"));
            return this;
        }

        /** Hard constraint on field 0. */
        public Builder withHardConstraint(HardConstraint h) {
            return withHardConstraint(0, h);
        }

        public Builder withHardConstraint(int field, HardConstraint h) {
            if (field < 0 || field >= outputs) {
                throw new IllegalArgumentException("PinnProblem: hard constraint on field " + field + " but the problem has "
                        + outputs + " output(s); call withOutputs first");
            }
            hard[field] = Objects.requireNonNull(h, "hard constraint");
            return this;
        }

        public Builder withParameter(TrainableScalar p) {
            Objects.requireNonNull(p, "parameter");
            if (parameters.contains(p)) {
                throw new IllegalArgumentException("PinnProblem: parameter " + p.name() + " registered twice");
            }
            parameters.add(p);
            return this;
        }

        public Builder withGlobalTerm(GlobalTerm g) {
            globals.add(Objects.requireNonNull(g, "global term"));
            return this;
        }

        public Builder withPdeWeight(double w) {
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("PinnProblem: PDE weight must be positive and finite, got " + w);
            }
            this.pdeWeight = w;
            return this;
        }

        /** Seed of every random placement of points. */
        public Builder withSeed(long s) {
            this.seed = s;
            return this;
        }

        /** Accepts a problem without any condition (e.g. a periodic trial function built into the PDE). */
        public Builder allowingNoCondition() {
            this.allowNoCondition = true;
            return this;
        }

        /**
         * Samples the points and validates: every term has points, the residuals have their
         * declared count and are finite on a probe, every trainable scalar enters some residual,
         * there is at least one condition or hard constraint.
         */
        public PinnProblem build() {
            SplittableRandom rng = new SplittableRandom(seed);
            double[][] col = collocationPoints != null ? Condition.deepCopy(collocationPoints)
                    : geometry.sampleInterior(collocationCount, sampler, rng);
            if (!extraPoints.isEmpty()) {
                double[][] all = Arrays.copyOf(col, col.length + extraPoints.size());
                for (int i = 0; i < extraPoints.size(); i++) {
                    all[col.length + i] = extraPoints.get(i).clone();
                }
                col = all;
            }
            if (col.length == 0) {
                throw new IllegalArgumentException("PinnProblem: no interior collocation points; the domain " + geometry
                        + " is empty or the point set is empty: fix the bounds or give points");
            }
            List<double[][]> cp = new ArrayList<>();
            for (Condition c : conditions) {
                double[][] p = c.resolvePoints(sampler, rng);
                if (p.length == 0) {
                    throw new IllegalArgumentException("PinnProblem: condition '" + c.name()
                            + "' received no points; its boundary part is empty: check the geometry");
                }
                cp.add(p);
            }
            boolean anyHard = Arrays.stream(hard).anyMatch(Objects::nonNull);
            if (conditions.isEmpty() && !anyHard && !allowNoCondition && pde.order() > 0) {
                throw new IllegalArgumentException("PinnProblem: no boundary, initial or data condition and no hard"
                        + " constraint, so the solution is not unique; add withCondition(Conditions.dirichlet(...)) or"
                        + " withHardConstraint(HardConstraint.zeroOnBox(...)), or call allowingNoCondition()");
            }
            PinnProblem p = new PinnProblem(this, col, cp);
            ProblemChecks.probe(p, new SplittableRandom(seed ^ 0x5DEECE66DL));
            return p;
        }
    }
}
