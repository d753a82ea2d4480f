/**
 * The training run: training state and its checkpoints, the phase cursor inside an iteration,
 * history for undo, immutable snapshots for the views (each owns copies of what it shows), the
 * background trainer, and {@link org.backproplab.sim.LabFiles}, the file work behind the window's
 * commands (read, load, save) meant for a background thread. Uses
 * {@code engine}, {@code data} and {@code io}; never {@code javafx.*} or {@code ui}.
 */
package org.backproplab.sim;
