/**
 * Reference solver of the 2-D heat equation with Dirichlet walls on the unit square (the Melissa
 * online-training benchmark), by finite differences with implicit time stepping.
 */
package org.sciml4j.validation.heat;
