/**
 * Forward Taylor jets for input derivatives of networks (PINN residuals): {@link org.sciml4j.core.jet.JetSpec}
 * chooses the derivatives, {@link org.sciml4j.core.jet.Jet} carries them as stacked streams through
 * differentiable fused ops.
 */
package org.sciml4j.core.jet;
