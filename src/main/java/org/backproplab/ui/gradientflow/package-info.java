/**
 * The gradient-flow chart: how large each layer's gradient is in the current iteration (RMS of
 * ∂J/∂W_l and of δ_l on a log scale) and how those sizes moved over the iterations, the picture
 * of vanishing and exploding gradients in a deep stack.
 *
 * <p>Renders immutable {@link org.backproplab.sim.Snapshot}s on the FX thread; the numbers come
 * from {@link org.backproplab.engine.LayerGradientSizes}. Depends on {@code engine}, {@code sim},
 * JavaFX and the shared {@code ui.views} pieces (palette, number text); not on {@code ui},
 * {@code io} or {@code cli}.
 */
package org.backproplab.ui.gradientflow;
