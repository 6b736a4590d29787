/**
 * Reference solver of 2-D Darcy flow −∇·(a∇u) = f with u = 0 on the walls of the unit square, and
 * the FNO/MgNO Darcy data generator (thresholded Gaussian random permeability).
 */
package org.sciml4j.validation.darcy;
