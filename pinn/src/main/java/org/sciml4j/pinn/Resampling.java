package org.sciml4j.pinn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sciml4j.pinn.sampling.Sampler;

/**
 * Residual-based adaptive refinement (RAR, Lu et al., SIAM Review 2021): place {@code candidates}
 * trial points in the domain, evaluate the PDE residual norm |𝒩[u](x)| there with the current
 * network, and add the {@code add} points with the largest residual to the interior collocation
 * set. Training then continues on the refined problem. Deterministic for a given {@code rng}.
 */
public final class Resampling {

    private Resampling() {
    }

    /**
     * @return a new model on the refined problem with a copy of the current θ; {@code model} is not modified
     */
    public static PinnModel refine(PinnModel model, Sampler sampler, int candidates, int add, SplittableRandom rng) {
        return model.withProblem(refinedProblem(model, sampler, candidates, add, rng));
    }

    /** The model's problem with the {@code add} worst of {@code candidates} points added. */
    static PinnProblem refinedProblem(PinnModel model, Sampler sampler, int candidates, int add, SplittableRandom rng) {
        Objects.requireNonNull(model, "model");
        if (add <= 0 || candidates < add) {
            throw new IllegalArgumentException("Resampling.refine: need 0 < add <= candidates, got add=" + add
                    + ", candidates=" + candidates);
        }
        PinnProblem p = model.problem();
        double[][] pts = p.geometry().sampleInterior(candidates, sampler, rng);
        double[] res = model.loss().pdeResidualNorms(model.parameters(), pts);
        Integer[] order = IntStream.range(0, pts.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -res[i]).thenComparingInt(i -> i));
        int k = Math.min(add, pts.length);
        double[][] chosen = new double[k][];
        for (int i = 0; i < k; i++) {
            chosen[i] = pts[order[i]];
        }
        return p.toBuilder().withExtraCollocationPoints(chosen).build();
    }
}
