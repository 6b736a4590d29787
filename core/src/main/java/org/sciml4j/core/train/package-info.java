/**
 * Training schedules on a flat parameter vector: phases such as Adam(n) → L-BFGS → LM run one
 * after another by {@link org.sciml4j.core.train.Trainer}, with a per-step
 * {@link org.sciml4j.core.train.TrainingHistory}, progress listeners, divergence detection (NaN/∞
 * stops the run and restores the last finite parameters) and exact checkpoint/resume through
 * {@link org.sciml4j.core.train.TrainingState}.
 */
package org.sciml4j.core.train;
