/**
 * Matrix-multiply backends behind {@link org.sciml4j.core.linalg.Gemm}: OpenBLAS through JavaCPP
 * ({@link org.sciml4j.core.linalg.OpenBlasGemm}, default) and pure Java ({@link org.sciml4j.core.linalg.JavaGemm}).
 */
package org.sciml4j.core.linalg;
