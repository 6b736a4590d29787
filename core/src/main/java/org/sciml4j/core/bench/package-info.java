/** Benchmarks (main classes, not tests): {@link org.sciml4j.core.bench.PinnStepBench}. */
package org.sciml4j.core.bench;
