package org.sciml4j.pinn;

import java.util.SplittableRandom;

/** Build-time checks of a problem on random probe jets (no network needed). */
final class ProblemChecks {

    private ProblemChecks() {
    }

    static void probe(PinnProblem p, SplittableRandom rng) {
        int comps = PinnProblem.components(p.dimension(), p.order());
        int netSlots = p.outputs() * comps;
        int t = p.parameters().size();
        int plainSlots = netSlots + t;
        double[] paramValues = new double[t];
        for (int k = 0; k < t; k++) {
            paramValues[k] = p.parameters().get(k).initial();
        }
        double[] sens = new double[t];
        for (PinnProblem.Block b : p.blocks()) {
            int pFirst = b.paired() ? 2 * netSlots : netSlots;
            int slots = pFirst + t;
            int probes = Math.min(3, b.points().length);
            for (int i = 0; i < probes; i++) {
                double[] net = new double[netSlots];
                for (int k = 0; k < netSlots; k++) {
                    net[k] = 0.3 + rng.nextDouble();
                }
                Jets u = p.jets(net, b.factors()[i], b.lifts()[i], slots);
                Jets v = b.paired() ? p.jets(net, b.partnerFactors()[i], b.partnerLifts()[i], netSlots, slots) : null;
                Dual[] r;
                try {
                    r = b.fn().residuals(i, b.points()[i].clone(), u, v, p.params(paramValues, pFirst, slots));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("PinnProblem: term '" + b.name() + "' fails on a probe: "
                            + e.getMessage(), e);
                }
                if (r == null || r.length != b.count()) {
                    throw new IllegalArgumentException("PinnProblem: term '" + b.name() + "' returned "
                            + (r == null ? "null" : r.length + " residual(s)") + " but declares " + b.count()
                            + "; return exactly " + b.count() + " value(s) per point or declare the count (Pde.system(order, count, ...))");
                }
                for (Dual d : r) {
                    if (d == null || d.slots() != slots) {
                        throw new IllegalArgumentException("PinnProblem: term '" + b.name()
                                + "' returned a residual not built from u and p (null or foreign Dual); build constants with"
                                + " u.value().constantLike(c)");
                    }
                    for (int k = 0; k < t; k++) {
                        sens[k] += Math.abs(d.gradRef()[pFirst + k]);
                    }
                }
            }
        }
        int slots = plainSlots;
        for (int g = 0; g < p.globals().size(); g++) {
            GlobalTerm gt = p.globals().get(g);
            double[] net = new double[netSlots];
            for (int k = 0; k < netSlots; k++) {
                net[k] = 0.3 + rng.nextDouble();
            }
            Jets u = p.jets(net, p.globalFactors(g)[0], p.globalLifts(g)[0], slots);
            Dual f = gt.integrand().residual(gt.points()[0].clone(), u, p.params(paramValues, netSlots, slots));
            if (f == null || f.slots() != slots) {
                throw new IllegalArgumentException("PinnProblem: integrand of global term '" + gt.name()
                        + "' must be built from u and p");
            }
            for (int k = 0; k < t; k++) {
                sens[k] += Math.abs(f.gradRef()[netSlots + k]);
            }
            Dual outer = gt.outer().apply(Dual.variable(f.value(), 0, 1 + t), p.params(paramValues, 1, 1 + t));
            if (outer == null || outer.slots() != 1 + t) {
                throw new IllegalArgumentException("PinnProblem: outer function of global term '" + gt.name()
                        + "' must be built from its integral argument and p");
            }
            for (int k = 0; k < t; k++) {
                sens[k] += Math.abs(outer.gradRef()[1 + k]);
            }
        }
        for (int k = 0; k < t; k++) {
            if (sens[k] == 0) {
                throw new IllegalArgumentException("PinnProblem: trainable parameter '" + p.parameters().get(k).name()
                        + "' receives no gradient: no residual reads it; use p.get(" + p.parameters().get(k).name()
                        + ") in a residual or remove withParameter(...)");
            }
        }
    }
}
