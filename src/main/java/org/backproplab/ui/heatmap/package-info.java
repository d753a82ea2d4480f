/**
 * Per-neuron maps for networks with two inputs: each hidden and output unit's activation over
 * the input plane, drawn inside its node of the network graph (TensorFlow Playground's neuron
 * pictures), computed from snapshots' parameters on a daemon thread
 * ({@link org.backproplab.sim.NeuronMaps}) and turned into images on the FX thread.
 *
 * <p>Depends on {@code engine}, {@code sim}, JavaFX and the shared {@code ui.views} pieces; not
 * on {@code ui}, {@code io} or {@code cli}.
 */
package org.backproplab.ui.heatmap;
