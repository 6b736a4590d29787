/**
 * Training data for DeepONet-type operator learning (Lu et al., Nature Machine Intelligence 2021):
 * input functions drawn from a Gaussian random field, evaluated at sensors, mapped by reference
 * solvers on Hipparchus integrators (antiderivative, nonlinear ODE, diffusion–reaction) to outputs
 * at query points, in the array layout of the DeepXDE datasets.
 */
package org.sciml4j.validation.operatordata;
