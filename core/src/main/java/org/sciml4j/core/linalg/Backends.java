package org.sciml4j.core.linalg;

/** Holder of the default backend, chosen once (system property {@code sciml4j.gemm}). */
final class Backends {
    static final Gemm DEFAULT = choose();

    private Backends() {
    }

    private static Gemm choose() {
        String p = System.getProperty("sciml4j.gemm", "openblas").trim().toLowerCase(java.util.Locale.ROOT);
        switch (p) {
            case "java":
                return new JavaGemm();
            case "openblas":
                try {
                    return new OpenBlasGemm(OpenBlasGemm.DEFAULT_THREADS);
                } catch (LinkageError | RuntimeException e) {
                    // OpenBLAS binaries are unavailable on this platform: the pure-Java kernel is correct, only slower.
                    return new JavaGemm();
                }
            default:
                throw new org.sciml4j.core.SciMLException("system property sciml4j.gemm=" + p
                        + ": unknown GEMM backend; use openblas or java");
        }
    }
}
