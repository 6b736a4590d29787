/** Benchmarks of the PINN framework against peers (not tests; run by the scripts under bench/). */
package org.sciml4j.pinn.bench;
