/**
 * Physics-informed neural networks: geometry, collocation, residuals, conditions and training.
 *
 * <h2>Writing a problem</h2>
 * A PDE is one short function of the point x (a {@code double[]}, time last for space × time), the
 * jets of the fields u ({@link org.sciml4j.pinn.Jets}: value, {@code d(i)}, {@code d2(i, j)},
 * {@code laplacian()}, {@code field(k)}, {@code complex(re, im)}) and the trainable scalars
 * ({@link org.sciml4j.pinn.Params}), written with {@link org.sciml4j.pinn.Dual} arithmetic:
 * <pre>{@code
 * Interval dom = Geometry.interval(0, 1);
 * Pde pde = Pde.scalar(2, (x, u, p) -> u.d2(0, 0).neg().minus(PI * PI * sin(PI * x[0])));
 * PinnProblem problem = PinnProblem.builder(dom, pde)
 *         .withCollocation(Samplers.sobol(), 64)
 *         .withCondition(Conditions.dirichlet(dom.left(), 1, x -> 0))
 *         .withCondition(Conditions.dirichlet(dom.right(), 1, x -> 0))
 *         .build();                                   // validates: shapes, orders, gradients
 * PinnModel model = PinnModel.mlp(problem, new int[] {50, 50, 50}, new SplittableRandom(seed));
 * Trainer.Result r = Trainer.builder()
 *         .adam(Optimizers.adam(2e-3), 500)
 *         .levenbergMarquardt(LevenbergMarquardt.builder(400).build())
 *         .build().train(model);
 * double[] u = model.predictField(points);
 * }</pre>
 *
 * <h2>Parts</h2>
 * <ul>
 * <li>Geometry ({@link org.sciml4j.pinn.geometry}): interval, rectangle, box, disk, polygon,
 *     space × time, union and difference; named boundary parts (box faces, interval ends, the
 *     initial slice) with outward normals.</li>
 * <li>Sampling ({@link org.sciml4j.pinn.sampling.Samplers}): grid, uniform random, Latin
 *     hypercube, Sobol, Halton; {@link org.sciml4j.pinn.Resampling} adds the points of largest
 *     residual (RAR), between training calls or as a {@code Trainer.Builder.refine} phase.</li>
 * <li>Conditions ({@link org.sciml4j.pinn.Conditions}), soft, weighted: Dirichlet, Neumann,
 *     periodic (paired points), initial value and rate, observed data, custom residuals.</li>
 * <li>Hard constraints ({@link org.sciml4j.pinn.HardConstraint}): u = g + D·N with D and g written
 *     as {@link org.sciml4j.pinn.SpaceJet} functions of x, so their derivatives are exact.</li>
 * <li>Trainable scalars ({@link org.sciml4j.pinn.TrainableScalar}): eigenvalues, unknown
 *     coefficients fitted to data; global terms ({@link org.sciml4j.pinn.GlobalTerm}) such as
 *     the normalisation Σ qᵢ ψ(xᵢ)² = 1.</li>
 * <li>Training ({@link org.sciml4j.pinn.Trainer}): phases Adam → L-BFGS → Levenberg–Marquardt,
 *     loss-component history with phase marks, monitors (e.g. error against an exact solution),
 *     checkpoints, NaN-safe, adaptive term weights. The least-squares residual vector stacks
 *     √(2w/N)·rᵢ for every pointwise residual and √(2w)·G for global terms, so that the LM cost
 *     ½‖r‖² equals the weighted mean-squared loss Σ w·mean r² reported everywhere.</li>
 * </ul>
 *
 * <h2>Networks</h2>
 * {@link org.sciml4j.pinn.PinnModel#mlp} builds an MLP with any of core's activations (tanh by
 * default, e.g. SIN), Glorot-normal weights; {@link org.sciml4j.pinn.PinnModel#fromMlp} and
 * {@link org.sciml4j.pinn.PinnModel#copyInto} move weights from and to core's
 * {@link org.sciml4j.core.nn.Mlp}.
 *
 * <h2>How it is computed</h2>
 * The network's input derivatives are propagated forward as second-order Taylor jets, one point at
 * a time; the user's residual runs in forward-mode {@link org.sciml4j.pinn.Dual}s over the jet
 * components and scalars; one reverse pass per residual row (per point for the gradient) gives
 * the parameter derivatives (the gradient path batches the points of a chunk through GEMMs).
 * Points are split into a fixed number of chunks evaluated in parallel
 * and summed in order, so the same seed gives bit-identical results on any thread count.
 */
package org.sciml4j.pinn;
