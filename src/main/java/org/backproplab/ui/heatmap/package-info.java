/**
 * Per-neuron maps for networks with two inputs: each hidden and output unit's activation over
 * the input plane, drawn inside its node of the network graph (TensorFlow Playground's neuron
 * pictures, {@link org.backproplab.ui.heatmap.NeuronMapOverlay}) and, for a hovered or clicked
 * unit, large on the decision plane ({@link org.backproplab.ui.heatmap.UnitMapPanel}); computed
 * from snapshots' parameters on daemon threads with the display-grade plane pass
 * ({@link org.backproplab.sim.NeuronMaps}) and installed as images on the FX thread, on the
 * decision map's colour scale.
 *
 * <p>Depends on {@code engine}, {@code sim}, JavaFX and the shared {@code ui.views} pieces; not
 * on {@code ui}, {@code io} or {@code cli}.
 */
package org.backproplab.ui.heatmap;
