/**
 * Array and checkpoint I/O: {@link org.sciml4j.core.io.NdArray} (a dense float64 array value),
 * numpy {@code .npy}/{@code .npz} reading and writing ({@link org.sciml4j.core.io.Npy},
 * {@link org.sciml4j.core.io.Npz}), the ND4J bridge ({@link org.sciml4j.core.io.Nd4jBridge}) and
 * versioned training checkpoints ({@link org.sciml4j.core.io.Checkpoint},
 * {@link org.sciml4j.core.io.CheckpointFile}).
 *
 * <p>Errors: a missing or unreadable file gives {@link java.io.UncheckedIOException} naming the
 * path; malformed or mismatched content gives {@link IllegalArgumentException} naming what is wrong
 * and how to fix it.
 */
package org.sciml4j.core.io;
