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
 * <li>Training ({@link org.sciml4j.pinn.Trainer}): phases Adam → L-BFGS → Levenberg–Marquardt
 *     run by core's {@link org.sciml4j.core.train.Trainer} (history, NaN-safe stop, checkpoints
 *     with the full optimizer state and bit-identical resume); the PINN layer adds refinement
 *     phases, monitors (e.g. error against an exact solution), adaptive term weights and traces
 *     of trainable scalars. The least-squares residual vector stacks
 *     √(2w/N)·rᵢ for every pointwise residual and √(2w)·G for global terms, so that the LM cost
 *     ½‖r‖² equals the weighted mean-squared loss Σ w·mean r² reported everywhere.</li>
 * </ul>
 *
 * <h2>Networks</h2>
 * The network is core's {@link org.sciml4j.core.nn.Mlp}: {@link org.sciml4j.pinn.PinnModel#mlp}
 * builds one with any of core's activations (tanh by default, e.g. SIN) and Glorot-normal weights;
 * θ starts with core's flat parameter vector, so {@link org.sciml4j.pinn.PinnModel#fromMlp},
 * {@link org.sciml4j.pinn.PinnModel#copyInto} and {@link org.sciml4j.pinn.PinnModel#network} are
 * plain copies.
 *
 * <h2>How it is computed</h2>
 * For each term, the network's input derivatives (u, ∂u/∂xᵢ, ∂²u/∂xᵢ∂xⱼ) at all of its points
 * are propagated forward as core {@link org.sciml4j.core.jet.Jet} streams (one GEMM per layer over
 * all streams, fused Faà di Bruno activations). The user's residual then runs per point in
 * forward-mode {@link org.sciml4j.pinn.Dual}s seeded on the jet entries and the trainable scalars
 * (hard constraints u = g + D·N are applied there), which gives rᵢ and c_ik = ∂rᵢ/∂(jet entry k).
 * The gradient of ½‖r‖² is ONE reverse pass of core's autodiff seeded with Σᵢ rᵢ c_ik; the
 * Jacobian's network columns are core's row-wise Jacobian of ρᵢ = Σ_k c_ik·jet_ik with c frozen
 * (the exact linearisation of rᵢ), its scalar columns the Dual partials. Residual evaluations are
 * split into a fixed number of point chunks (and, for the Jacobian, point ranges) evaluated in
 * parallel, so the same seed gives the same results on any thread count.
 */
package org.sciml4j.pinn;
