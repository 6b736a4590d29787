/**
 * Pseudo-spectral reference solver for the 2-D incompressible Navier–Stokes equations in vorticity
 * form on the periodic unit torus, and the FNO Navier–Stokes data generator built on it.
 */
package org.sciml4j.validation.navierstokes;
