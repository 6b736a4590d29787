package org.sciml4j.core.tensor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Elementary#tanh(double)} over arrays with the JDK's incubating Vector API: the same
 * IEEE operations in the same order (Cody–Waite reduction, Estrin polynomial with fused
 * multiply-adds, recombination), lane by lane (AVX2: 4 doubles), so results are bit-identical to
 * the scalar kernel (tested). 2^k is built from the integer k held in the low mantissa bits of
 * the rounding shift, so no double→long conversion is needed.
 * Loaded only when the {@code jdk.incubator.vector} module is in the boot layer (see
 * {@link Elementary}); never referenced otherwise. Stateless, thread safe.
 */
final class VectorTanh {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final long ROUND_BITS = Elementary.ROUND_BITS;
    private static final long SIGN = Elementary.SIGN;

    private VectorTanh() {
    }

    private static DoubleVector c(double v) {
        return DoubleVector.broadcast(S, v);
    }

    /** dst[dOff + e] = tanh(src[sOff + e]) for e in [0, len); dst may be src. */
    static void tanh(double[] src, int sOff, double[] dst, int dOff, int len) {
        int e = 0;
        int bound = S.loopBound(len);
        for (; e < bound; e += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, src, sOff + e);
            DoubleVector y = x.abs().min(22.0).mul(-2.0); // the scalar kernel's operations, in order
            DoubleVector sh = y.fma(c(Elementary.INV_LN2), c(Elementary.ROUND));
            DoubleVector kd = sh.sub(Elementary.ROUND);
            DoubleVector r = kd.fma(c(-Elementary.LN2_HI), y);
            r = kd.fma(c(-Elementary.LN2_LO), r);
            DoubleVector r2 = r.mul(r);
            DoubleVector r4 = r2.mul(r2);
            DoubleVector p1 = r.fma(c(1.0 / 6), c(0.5));
            DoubleVector pa = r.fma(c(1.0 / 120), c(1.0 / 24));
            DoubleVector pb = r.fma(c(1.0 / 5040), c(1.0 / 720));
            DoubleVector pc = r.fma(c(1.0 / 362880), c(1.0 / 40320));
            DoubleVector pd = r.fma(c(1.0 / 39916800), c(1.0 / 3628800));
            DoubleVector pe = r.fma(c(1.0 / 6227020800.0), c(1.0 / 479001600));
            DoubleVector inner = r2.fma(pd, pc).add(r4.mul(pe));
            DoubleVector mid = r2.fma(pb, pa).add(r4.mul(inner));
            DoubleVector q = r2.fma(p1, r).add(r4.mul(mid));
            LongVector k = sh.reinterpretAsLongs().sub(ROUND_BITS);
            DoubleVector s = k.add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
            DoubleVector em = s.fma(q, s.sub(1.0));
            DoubleVector t = em.div(em.add(2.0)).abs();
            LongVector sign = x.reinterpretAsLongs().and(SIGN);
            t.reinterpretAsLongs().or(sign).reinterpretAsDoubles().intoArray(dst, dOff + e);
        }
        for (; e < len; e++) {
            dst[dOff + e] = Elementary.tanh(src[sOff + e]);
        }
    }
}
