/**
 * Draw a digit: an 8×8 pad (pixels 0–16, like the digits data set) drawn with the mouse, and the
 * network's class probabilities for the drawing, updated as it changes and as the network trains.
 * {@link org.backproplab.ui.digitpad.DigitPrediction} runs the engine's forward pass (no JavaFX).
 */
package org.backproplab.ui.digitpad;
