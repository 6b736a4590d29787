package org.sciml4j.validation.navierstokes;

import java.util.SplittableRandom;

/**
 * Benchmark, not a test: wall time of one FNO-preset trajectory (64², ν = 1e-3, T = 50, recorded
 * every unit). Run: {@code java -cp <test classpath> org.sciml4j.validation.navierstokes.FnoNavierStokesTiming [n] [nu] [T]}.
 */
public final class FnoNavierStokesTiming {

    private FnoNavierStokesTiming() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        double nu = args.length > 1 ? Double.parseDouble(args[1]) : 1e-3;
        double tEnd = args.length > 2 ? Double.parseDouble(args[2]) : 50;
        for (int rep = 0; rep < 2; rep++) {
            FnoNavierStokesData data = FnoNavierStokesData.builder(n, nu).withTimes(tEnd, 1).build();
            long t0 = System.nanoTime();
            FnoNavierStokesData.Sample s = data.next(new SplittableRandom(42 + rep));
            double sec = (System.nanoTime() - t0) * 1e-9;
            double max = 0;
            for (double v : s.omega()[s.omega().length - 1]) {
                max = Math.max(max, Math.abs(v));
            }
            System.out.printf("run %d: n=%d nu=%.1e T=%.0f scheme=%s %s: %.2f s, %d evaluations of N, max|w(T)|=%.3f%n", rep, n,
                    nu, tEnd, data.solver().scheme(), data.solver().stepControl(), sec, data.solver().evaluations(), max);
        }
    }
}
