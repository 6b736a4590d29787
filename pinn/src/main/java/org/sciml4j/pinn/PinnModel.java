package org.sciml4j.pinn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sciml4j.core.nn.Activation;
import org.sciml4j.core.nn.Mlp;

/**
 * A problem with its network: a core {@link Mlp} (tanh by default) N: ℝᵈ → ℝ^{outputs} and the flat
 * trainable vector θ = (network weights in core's {@link org.sciml4j.core.nn.ParameterSet#flatten()}
 * order — per layer W [in, out] row-major, then b — followed by the trainable scalars). The solution is u = g + D·N where hard constraints
 * apply, u = N elsewhere. {@link #parameters()} copies θ out; {@link #setParameters} copies in
 * (mutates this model). Not thread-safe while being trained.
 */
public final class PinnModel {

    private PinnProblem problem;
    private NetworkJets net;
    private final double[] theta;

    private PinnModel(PinnProblem problem, NetworkJets net, double[] theta) {
        this.problem = problem;
        this.net = net;
        this.theta = theta;
    }

    /**
     * A model with hidden layers of the given widths, tanh activations, Glorot-normal weights drawn
     * from {@code rng}, and trainable scalars at their initial values.
     */
    public static PinnModel mlp(PinnProblem problem, int[] hidden, SplittableRandom rng) {
        return mlp(problem, hidden, Activation.TANH, rng);
    }

    /**
     * As {@link #mlp(PinnProblem, int[], SplittableRandom)} with another hidden activation (e.g. SIN).
     * Weights N(0, 2/(fan_in + fan_out)) by Box–Muller, drawn layer by layer output-major (the draw
     * order of the earlier pinn network, so a seed keeps giving the same network), zero biases.
     */
    public static PinnModel mlp(PinnProblem problem, int[] hidden, Activation activation, SplittableRandom rng) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(rng, "rng");
        Objects.requireNonNull(activation, "activation");
        int[] widths = new int[hidden.length + 2];
        widths[0] = problem.dimension();
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = problem.outputs();
        for (int w : widths) {
            if (w <= 0) {
                throw new IllegalArgumentException("PinnModel.mlp: widths must be positive, got " + Arrays.toString(widths));
            }
        }
        NetworkJets net = new NetworkJets(widths, activation, problem.order());
        double[] theta = new double[net.parameterCount() + problem.parameters().size()];
        int off = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double sd = Math.sqrt(2.0 / (in + out));
            for (int j = 0; j < out; j++) {
                for (int k = 0; k < in; k++) {
                    theta[off + k * out + j] = sd * gaussian(rng); // core layout W[in, out]
                }
            }
            off += in * out + out;
        }
        setInitialScalars(problem, theta, net.parameterCount());
        return new PinnModel(problem, net, theta);
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static void setInitialScalars(PinnProblem problem, double[] theta, int from) {
        for (int t = 0; t < problem.parameters().size(); t++) {
            theta[from + t] = problem.parameters().get(t).initial();
        }
    }

    /**
     * A model whose network starts from core's {@link Mlp} (same parameter layout: θ begins with
     * {@code mlp.parameters().flatten()}): any core initialization or a network trained elsewhere.
     * Widths must be (problem dimension, hidden…, problem outputs). The Mlp is not modified.
     */
    public static PinnModel fromMlp(PinnProblem problem, Mlp mlp) {
        int[] w = mlp.widths();
        if (w[0] != problem.dimension() || w[w.length - 1] != problem.outputs()) {
            throw new IllegalArgumentException("PinnModel.fromMlp: network widths " + Arrays.toString(w)
                    + " do not map dimension " + problem.dimension() + " to " + problem.outputs() + " output(s)");
        }
        NetworkJets net = new NetworkJets(w, mlp.activation(), problem.order());
        double[] flat = mlp.parameters().flatten();
        double[] theta = Arrays.copyOf(flat, flat.length + problem.parameters().size());
        setInitialScalars(problem, theta, flat.length);
        return new PinnModel(problem, net, theta);
    }

    /** Writes this model's network weights into core's {@link Mlp} of the same widths (modifies {@code target}). */
    public void copyInto(Mlp target) {
        int[] w = widths();
        Activation act = net.mlp().activation();
        if (!Arrays.equals(w, target.widths()) || target.activation() != act) {
            throw new IllegalArgumentException("PinnModel.copyInto: target widths " + Arrays.toString(target.widths())
                    + " / " + target.activation() + " differ from " + Arrays.toString(w) + " / " + act);
        }
        target.parameters().assign(Arrays.copyOf(theta, net.parameterCount()));
    }

    /** A new core {@link Mlp} holding a copy of this model's current network weights. */
    public Mlp network() {
        Mlp m = Mlp.init(widths(), net.mlp().activation(), Mlp.DEFAULT_INIT, new SplittableRandom(0));
        copyInto(m);
        return m;
    }

    /** The same network and θ on another problem (e.g. after refining the collocation points). */
    public PinnModel withProblem(PinnProblem other) {
        if (other.dimension() != problem.dimension() || other.outputs() != problem.outputs()
                || other.parameters().size() != problem.parameters().size()) {
            throw new IllegalArgumentException("PinnModel.withProblem: the new problem has another dimension, output or"
                    + " parameter count; build a new model instead");
        }
        NetworkJets n = new NetworkJets(widths(), net.mlp().activation(), other.order());
        return new PinnModel(other, n, theta.clone());
    }

    /**
     * Moves this model onto another problem of the same shape (e.g. refined collocation) keeping θ;
     * used by the trainer's refinement phase. Mutates this model.
     */
    void adoptInPlace(PinnProblem other) {
        PinnModel m = withProblem(other);
        this.problem = m.problem;
        this.net = m.net;
    }

    public PinnProblem problem() {
        return problem;
    }

    /** Layer widths, input first. */
    public int[] widths() {
        return net.mlp().widths();
    }

    /** Number of trainable numbers (network and scalars). */
    public int parameterCount() {
        return theta.length;
    }

    /** A copy of θ. */
    public double[] parameters() {
        return theta.clone();
    }

    /** Sets θ (copied in). */
    public void setParameters(double[] values) {
        if (values.length != theta.length) {
            throw new IllegalArgumentException("PinnModel.setParameters: got " + values.length + " values, expected "
                    + theta.length);
        }
        System.arraycopy(values, 0, theta, 0, theta.length);
    }

    /** Current value of a trainable scalar. */
    public double scalar(TrainableScalar p) {
        int k = problem.parameters().indexOf(p);
        if (k < 0) {
            throw new IllegalArgumentException("PinnModel.scalar: '" + p.name() + "' is not a parameter of this problem");
        }
        return theta[net.parameterCount() + k];
    }

    /** The loss (least squares and objective view) of this model's problem and network. */
    public PinnLoss loss() {
        return new PinnLoss(problem, new NetworkJets(widths(), net.mlp().activation(), problem.order()));
    }

    /** u at each point: {@code [N][outputs]}, with hard constraints applied. Points not modified. */
    public double[][] predict(double[][] points) {
        int nOut = problem.outputs();
        double[][] out = new double[points.length][nOut];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != problem.dimension()) {
                throw new IllegalArgumentException("PinnModel.predict: point " + i + " has dimension " + points[i].length
                        + ", expected " + problem.dimension());
            }
        }
        if (points.length == 0) {
            return out;
        }
        net.assign(theta);
        double[] u = net.values(NetworkJets.points(points)).rawData();
        SpaceJet[] f = new SpaceJet[nOut];
        SpaceJet[] l = new SpaceJet[nOut];
        for (int i = 0; i < points.length; i++) {
            Arrays.fill(f, null);
            Arrays.fill(l, null);
            problem.transformsAt(points[i], f, l);
            for (int o = 0; o < nOut; o++) {
                double v = u[i * nOut + o];
                if (f[o] != null) {
                    v = v * f[o].value() + (l[o] == null ? 0 : l[o].value());
                }
                out[i][o] = v;
            }
        }
        return out;
    }

    /** Field 0 at each point. */
    public double[] predictField(double[][] points) {
        double[][] p = predict(points);
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i][0];
        }
        return out;
    }

    /** First int of a checkpoint file ("PIN2": θ in core's Mlp layout). */
    private static final int CHECKPOINT_MAGIC = 0x50494E32;

    /** Writes θ to a checkpoint file (a format tag, widths and θ, big-endian). */
    public void save(Path file) {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            int[] w = widths();
            out.writeInt(CHECKPOINT_MAGIC);
            out.writeInt(w.length);
            for (int x : w) {
                out.writeInt(x);
            }
            out.writeInt(theta.length);
            for (double v : theta) {
                out.writeDouble(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PinnModel.save: cannot write " + file, e);
        }
    }

    /** Reads θ from a checkpoint written by {@link #save}; widths must match. Mutates this model. */
    public void load(Path file) {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int magic = in.readInt();
            if (magic != CHECKPOINT_MAGIC) {
                throw new IllegalArgumentException("PinnModel.load: " + file + " is not a checkpoint of this format"
                        + " (files written before the network became core's Mlp store W as [out, in] and are not"
                        + " read, to avoid loading transposed weights); retrain or write it again with save()");
            }
            int[] w = new int[in.readInt()];
            for (int i = 0; i < w.length; i++) {
                w[i] = in.readInt();
            }
            if (!Arrays.equals(w, widths())) {
                throw new IllegalArgumentException("PinnModel.load: checkpoint widths " + Arrays.toString(w)
                        + " differ from this model's " + Arrays.toString(widths()));
            }
            double[] v = new double[in.readInt()];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readDouble();
            }
            setParameters(v);
        } catch (IOException e) {
            throw new UncheckedIOException("PinnModel.load: cannot read " + file, e);
        }
    }
}
