/**
 * Reverse-mode differentiation: {@link org.sciml4j.core.autodiff.Autodiff} (gradients,
 * vector–Jacobian products, Jacobians of residual vectors) and the node SPI
 * {@link org.sciml4j.core.autodiff.GradFn} / {@link org.sciml4j.core.autodiff.GradSink} for fused kernels.
 */
package org.sciml4j.core.autodiff;
