package org.sciml4j.core.nn;

import java.util.SplittableRandom;

/** Weight initialisation schemes for a layer with fan-in {@code in} and fan-out {@code out}. */
public enum Init {
    /** Glorot/Xavier normal: N(0, 2/(in+out)). */
    GLOROT_NORMAL,
    /** Glorot/Xavier uniform: U(−a, a), a = √(6/(in+out)). */
    GLOROT_UNIFORM,
    /** He/Kaiming normal: N(0, 2/in). */
    HE_NORMAL,
    /** He/Kaiming uniform: U(−a, a), a = √(6/in). */
    HE_UNIFORM,
    /** LeCun normal: N(0, 1/in). */
    LECUN_NORMAL;

    /** in·out weights, row-major [in, out], drawn from {@code rng} (advances it). */
    public double[] sample(int in, int out, SplittableRandom rng) {
        double[] w = new double[in * out];
        for (int i = 0; i < w.length; i++) {
            switch (this) {
                case GLOROT_NORMAL: w[i] = rng.nextGaussian() * Math.sqrt(2.0 / (in + out)); break;
                case GLOROT_UNIFORM: w[i] = (2.0 * rng.nextDouble() - 1.0) * Math.sqrt(6.0 / (in + out)); break;
                case HE_NORMAL: w[i] = rng.nextGaussian() * Math.sqrt(2.0 / in); break;
                case HE_UNIFORM: w[i] = (2.0 * rng.nextDouble() - 1.0) * Math.sqrt(6.0 / in); break;
                default: w[i] = rng.nextGaussian() * Math.sqrt(1.0 / in); break;
            }
        }
        return w;
    }
}
