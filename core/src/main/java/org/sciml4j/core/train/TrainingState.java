package org.sciml4j.core.train;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sciml4j.core.io.Checkpoint;
import org.sciml4j.core.io.NdArray;
import org.sciml4j.core.io.OptimizerStates;
import org.sciml4j.core.io.ParameterLayout;
import org.sciml4j.core.optim.AdamState;
import org.sciml4j.core.optim.LbfgsState;
import org.sciml4j.core.optim.LmState;

/**
 * Everything needed to continue a training run exactly: the schedule's phase names, the current
 * phase index (equal to the number of phases when all are done), the global step count, the
 * parameters, the running optimizer's state (at most one of Adam, L-BFGS, LM; none at a phase
 * boundary) and the history so far. {@link Trainer#resume} continues from it, and the result
 * equals an uninterrupted run bit for bit (for a deterministic objective). Converts to and from a
 * {@link Checkpoint}. Immutable; arrays are copied.
 *
 * @param phaseNames  names of the schedule's phases (checked on resume)
 * @param phaseIndex  phase to continue with
 * @param globalStep  steps completed
 * @param parameters  current parameters
 * @param adam        Adam state of the current phase, if it is an Adam phase in progress
 * @param lbfgs       L-BFGS state, if an L-BFGS phase is in progress
 * @param lm          Levenberg–Marquardt state, if an LM phase is in progress
 * @param history     steps recorded so far
 * @param wallSeconds training wall time so far
 */
public record TrainingState(List<String> phaseNames, int phaseIndex, long globalStep, double[] parameters,
                            Optional<AdamState> adam, Optional<LbfgsState> lbfgs, Optional<LmState> lm,
                            TrainingHistory history, double wallSeconds) {

    public TrainingState {
        phaseNames = List.copyOf(phaseNames);
        if (phaseIndex < 0 || phaseIndex > phaseNames.size()) {
            throw new IllegalArgumentException("training state: phase index " + phaseIndex + " outside 0.." + phaseNames.size());
        }
        if (globalStep < 0) {
            throw new IllegalArgumentException("training state: negative step count " + globalStep);
        }
        parameters = Objects.requireNonNull(parameters, "parameters").clone();
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(lbfgs, "lbfgs");
        Objects.requireNonNull(lm, "lm");
        Objects.requireNonNull(history, "history");
        if ((adam.isPresent() ? 1 : 0) + (lbfgs.isPresent() ? 1 : 0) + (lm.isPresent() ? 1 : 0) > 1) {
            throw new IllegalArgumentException("training state: at most one optimizer state may be present");
        }
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** True when every phase is done. */
    public boolean finished() {
        return phaseIndex == phaseNames.size();
    }

    /** Encodes the state; parameters are split into named arrays by {@code layout}. */
    public Checkpoint toCheckpoint(ParameterLayout layout) {
        Checkpoint.Builder b = Checkpoint.builder().withParameters(layout.split(parameters));
        b.withAttribute("training.phases", String.join(",", phaseNames));
        b.withAttribute("training.phase", phaseIndex);
        b.withAttribute("training.globalStep", globalStep);
        b.withAttribute("training.wallSeconds", wallSeconds);
        b.withAttribute("training.optimizer", adam.isPresent() ? "adam" : lbfgs.isPresent() ? "lbfgs" : lm.isPresent() ? "lm"
                : "none");
        adam.ifPresent(s -> OptimizerStates.putAdam(b, "adam", s));
        lbfgs.ifPresent(s -> OptimizerStates.putLbfgs(b, "lbfgs", s, parameters.length));
        lm.ifPresent(s -> OptimizerStates.putLevenbergMarquardt(b, "lm", s));
        double[] steps = new double[history.size()];
        double[] phases = new double[history.size()];
        long[] st = history.steps();
        int[] ph = history.phaseIndices();
        for (int i = 0; i < steps.length; i++) {
            steps[i] = st[i];
            phases[i] = ph[i];
        }
        b.withState("history.step", NdArray.vector(steps));
        b.withState("history.phase", NdArray.vector(phases));
        b.withState("history.total", NdArray.vector(history.totalLoss()));
        b.withState("history.gradientNorm", NdArray.vector(history.gradientNorm()));
        b.withState("history.control", NdArray.vector(history.control()));
        b.withState("history.wall", NdArray.vector(history.wallSeconds()));
        for (String c : history.componentNames()) {
            b.withState("history.component." + c, NdArray.vector(history.component(c)));
        }
        return b.build();
    }

    /** Decodes a state written by {@link #toCheckpoint}; parameter names and shapes must match {@code layout}. */
    public static TrainingState fromCheckpoint(Checkpoint c, ParameterLayout layout) {
        double[] params = layout.join(c.parameters());
        String phasesText = c.attribute("training.phases");
        List<String> phaseNames = phasesText.isEmpty() ? List.of() : Arrays.asList(phasesText.split(","));
        String opt = c.attribute("training.optimizer");
        Optional<AdamState> adam = opt.equals("adam") ? Optional.of(OptimizerStates.adam(c, "adam")) : Optional.empty();
        Optional<LbfgsState> lbfgs = opt.equals("lbfgs") ? Optional.of(OptimizerStates.lbfgs(c, "lbfgs")) : Optional.empty();
        Optional<LmState> lm = opt.equals("lm") ? Optional.of(OptimizerStates.levenbergMarquardt(c, "lm")) : Optional.empty();
        if (!List.of("adam", "lbfgs", "lm", "none").contains(opt)) {
            throw new IllegalArgumentException("checkpoint: unknown optimizer '" + opt + "' in training.optimizer");
        }
        double[] stepsD = c.stateArray("history.step").data();
        double[] phasesD = c.stateArray("history.phase").data();
        long[] steps = new long[stepsD.length];
        int[] phases = new int[phasesD.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = (long) stepsD[i];
        }
        for (int i = 0; i < phases.length; i++) {
            phases[i] = (int) phasesD[i];
        }
        Map<String, double[]> comps = new LinkedHashMap<>();
        String prefix = "history.component.";
        c.state().forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                comps.put(k.substring(prefix.length()), v.data());
            }
        });
        TrainingHistory h = new TrainingHistory(phaseNames, steps, phases, c.stateArray("history.total").data(),
                c.stateArray("history.gradientNorm").data(), c.stateArray("history.control").data(),
                c.stateArray("history.wall").data(), comps);
        return new TrainingState(phaseNames, (int) c.attributeLong("training.phase"), c.attributeLong("training.globalStep"),
                params, adam, lbfgs, lm, h, c.attributeDouble("training.wallSeconds"));
    }
}
