/**
 * The views of the desktop app: network graph, inspector, activation plot, loss chart and
 * decision regions. Each is a JavaFX Pane that renders an immutable
 * {@link org.backproplab.sim.Snapshot} on the FX thread and never touches the live network
 * (the decision-region grid is computed from the snapshot's own parameters on a daemon
 * executor the view owns). The maths they show comes from {@code engine.Activation} and
 * {@code engine.Loss} (values, derivatives, formula text, display-grade forms); every number is
 * written by {@link org.backproplab.ui.views.NumberText}, the window's one formatter.
 *
 * <p>Depends on {@code engine}, {@code data} and {@code sim} (read-only), JavaFX and
 * JFreeChart-FX. Must not depend on {@code org.backproplab.ui} (the window composes the views,
 * not the other way round), on {@code io} or on {@code cli}.
 */
package org.backproplab.ui.views;
