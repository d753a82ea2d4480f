/**
 * The training run: training state and its checkpoints, the phase cursor inside an iteration,
 * history for undo, immutable snapshots for the views and the background trainer. Uses
 * {@code engine}, {@code data} and {@code io}; never {@code javafx.*} or {@code ui}.
 */
package org.backproplab.sim;
