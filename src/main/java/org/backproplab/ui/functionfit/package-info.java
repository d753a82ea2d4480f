/**
 * The function-fit view of a one-input regression: the data points, the network's y(x) as a
 * curve and each last-hidden unit's contribution w_j·h_j(x) as thin curves. {@link
 * org.backproplab.ui.functionfit.FunctionFit} computes the curves from a snapshot's parameters
 * through the engine (no JavaFX); the view only draws them.
 */
package org.backproplab.ui.functionfit;
