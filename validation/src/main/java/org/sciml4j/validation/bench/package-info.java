/** Benchmarks of the reference solvers (not tests; run by the scripts under bench/). */
package org.sciml4j.validation.bench;
