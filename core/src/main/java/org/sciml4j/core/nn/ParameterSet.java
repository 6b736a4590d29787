package org.sciml4j.core.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.sciml4j.core.SciMLException;
import org.sciml4j.core.ShapeException;
import org.sciml4j.core.autodiff.Autodiff;
import org.sciml4j.core.tensor.Tensor;

/**
 * An ordered collection of uniquely named {@link Parameter}s viewed as one flat vector θ
 * (parameters in insertion order, each row-major). {@link #flatten()}, {@link #gradient},
 * {@link #jacobian} and {@link #assign} all use this order, so optimizers work on plain
 * {@code double[]}. {@link #assign} modifies the parameters; everything else reads.
 * Not thread safe.
 */
public final class ParameterSet {
    private final List<Parameter> params;
    private final Map<String, Parameter> byName;

    private ParameterSet(List<Parameter> params) {
        this.params = Collections.unmodifiableList(new ArrayList<>(params));
        this.byName = new LinkedHashMap<>();
        for (Parameter p : params) {
            if (byName.put(p.name(), p) != null) {
                throw new SciMLException("ParameterSet: duplicate name " + p.name() + "; names must be unique");
            }
        }
    }

    /** A set of the given parameters, in order. */
    public static ParameterSet of(List<Parameter> params) {
        return new ParameterSet(params);
    }

    /** A set of the given parameters, in order. */
    public static ParameterSet of(Parameter... params) {
        return new ParameterSet(List.of(params));
    }

    /** This set followed by {@code other} (names must stay unique). */
    public ParameterSet concat(ParameterSet other) {
        List<Parameter> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new ParameterSet(all);
    }

    /** The parameters in order (unmodifiable). */
    public List<Parameter> parameters() {
        return params;
    }

    /** Parameter by name. */
    public Parameter get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new SciMLException("ParameterSet.get: no parameter named " + name + "; names are " + byName.keySet());
        }
        return p;
    }

    /** Names in order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** Shapes in order (copies). */
    public List<int[]> shapes() {
        List<int[]> s = new ArrayList<>();
        for (Parameter p : params) {
            s.add(p.shape());
        }
        return s;
    }

    /** Current values (leaf tensors) in order. */
    public List<Tensor> values() {
        List<Tensor> v = new ArrayList<>();
        for (Parameter p : params) {
            v.add(p.value());
        }
        return v;
    }

    /** Total number of scalars P. */
    public int size() {
        int n = 0;
        for (Parameter p : params) {
            n += p.size();
        }
        return n;
    }

    /** θ as a new flat array of length {@link #size()}. */
    public double[] flatten() {
        double[] out = new double[size()];
        int off = 0;
        for (Parameter p : params) {
            System.arraycopy(p.value().rawData(), 0, out, off, p.size());
            off += p.size();
        }
        return out;
    }

    /** Sets θ from a flat array of length {@link #size()} (copied; modifies the parameters). */
    public void assign(double[] flat) {
        if (flat.length != size()) {
            throw new ShapeException("ParameterSet.assign: " + flat.length + " values for " + size()
                    + " parameters; pass an array from flatten() of this set");
        }
        int off = 0;
        for (Parameter p : params) {
            p.assign(flat, off);
            off += p.size();
        }
    }

    /** ∂loss/∂θ flattened in the same order as {@link #flatten()} (one reverse sweep). */
    public double[] gradient(Tensor loss) {
        double[][] g = Autodiff.gradientArrays(loss, values());
        double[] out = new double[size()];
        int off = 0;
        for (double[] a : g) {
            System.arraycopy(a, 0, out, off, a.length);
            off += a.length;
        }
        return out;
    }

    /**
     * Jacobian J[i, j] = ∂r_i/∂θ_j of residuals r ([M] or [M, 1]), row-major [M, P]; one reverse
     * sweep when the residuals are row-independent (see {@link Autodiff#jacobianRowwise}).
     */
    public double[] jacobian(Tensor residuals) {
        return Autodiff.jacobian(residuals, values());
    }

    /** {@link #jacobian} as an EJML matrix M×P (for Levenberg–Marquardt). */
    public DMatrixRMaj jacobianMatrix(Tensor residuals) {
        double[] j = jacobian(residuals);
        int m = residuals.size();
        return DMatrixRMaj.wrap(m, size(), j);
    }
}
