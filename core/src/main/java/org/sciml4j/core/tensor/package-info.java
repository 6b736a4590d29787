/**
 * Dense row-major float64 tensors that record a reverse-mode graph: {@link org.sciml4j.core.tensor.Tensor}
 * (factories, broadcasting arithmetic, matmul, reductions, shape ops) and fast elementary
 * functions ({@link org.sciml4j.core.tensor.Elementary}).
 */
package org.sciml4j.core.tensor;
