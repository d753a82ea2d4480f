/**
 * The gradient check view: for the current network, batch and weights, every parameter's
 * analytic ∂J/∂θ beside its central difference at an adjustable ε, worst first, kinks flagged.
 * The table is computed by {@link org.backproplab.engine.GradientTable} on a background thread
 * and cancelled when the weights change.
 */
package org.backproplab.ui.gradcheck;
