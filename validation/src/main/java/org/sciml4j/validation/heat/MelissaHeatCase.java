package org.sciml4j.validation.heat;

import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * Inputs of the Melissa heat benchmark (Meyer et al., "Training deep surrogate models with
 * large scale online learning", ICML 2023): a uniform initial temperature and the four constant
 * wall temperatures of the unit square (same units, e.g. kelvin; the paper draws all five from
 * [100, 500]).
 *
 * @param initial initial temperature in the interior
 * @param left    temperature on x = 0
 * @param right   temperature on x = 1
 * @param bottom  temperature on y = 0
 * @param top     temperature on y = 1
 */
public record MelissaHeatCase(double initial, double left, double right, double bottom, double top) {

    public MelissaHeatCase {
        double[] all = {initial, left, right, bottom, top};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("MelissaHeatCase: temperatures must be finite, got initial=" + initial
                        + ", left=" + left + ", right=" + right + ", bottom=" + bottom + ", top=" + top);
            }
        }
    }

    /**
     * Draws the five temperatures independently and uniformly from [low, high) (the Melissa paper:
     * [100, 500)).
     */
    public static MelissaHeatCase random(SplittableRandom rng, double low, double high) {
        if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("MelissaHeatCase.random: need finite low < high, got [" + low + ", " + high + ")");
        }
        return new MelissaHeatCase(rng.nextDouble(low, high), rng.nextDouble(low, high), rng.nextDouble(low, high),
                rng.nextDouble(low, high), rng.nextDouble(low, high));
    }

    /**
     * The wall temperature as a function on the boundary: left/right walls own the corners' x
     * position, the corners (not used by the five-point stencil) get the mean of the two walls.
     */
    public DoubleBinaryOperator boundary() {
        return (x, y) -> {
            boolean l = x == 0;
            boolean r = x == 1;
            boolean b = y == 0;
            boolean t = y == 1;
            if ((l || r) && (b || t)) {
                return 0.5 * ((l ? left : right) + (b ? bottom : top));
            }
            if (l) {
                return left;
            }
            if (r) {
                return right;
            }
            return b ? bottom : top;
        };
    }
}
