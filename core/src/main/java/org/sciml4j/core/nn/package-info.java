/**
 * Layers and parameters: {@link org.sciml4j.core.nn.Activation}, {@link org.sciml4j.core.nn.Linear},
 * {@link org.sciml4j.core.nn.Mlp}, {@link org.sciml4j.core.nn.Parameter},
 * {@link org.sciml4j.core.nn.ParameterSet} (flat vector view for optimizers, gradients, Jacobians).
 */
package org.sciml4j.core.nn;
