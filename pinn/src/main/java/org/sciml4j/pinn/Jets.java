package org.sciml4j.pinn;

/**
 * All output fields of the network at one point (see {@link FieldJet}); the one-field shortcuts
 * refer to field 0. Not thread-safe; valid inside one residual call.
 */
public final class Jets {

    private final FieldJet[] fields;

    Jets(FieldJet[] fields) {
        this.fields = fields;
    }

    /** Field k (0-based). */
    public FieldJet field(int k) {
        if (k < 0 || k >= fields.length) {
            throw new IllegalArgumentException("Jets.field: field " + k + " requested but the network has "
                    + fields.length + " output(s); set PinnProblem.Builder.withOutputs(" + (k + 1) + ")");
        }
        return fields[k];
    }

    /** Number of fields. */
    public int count() {
        return fields.length;
    }

    public Dual value() {
        return field(0).value();
    }

    public Dual d(int i) {
        return field(0).d(i);
    }

    public Dual d2(int i, int j) {
        return field(0).d2(i, j);
    }

    public Dual laplacian() {
        return field(0).laplacian();
    }

    /** Fields (re, im) as one complex field ψ = re + i·im. */
    public ComplexJet complex(int re, int im) {
        return new ComplexJet(field(re), field(im));
    }
}
