/**
 * The hidden-representation view: the training and test points drawn in the space of a chosen
 * layer (its own axes for one or two units, else its first two principal components), coloured
 * by class, updating while training — the picture of the network untangling the data.
 *
 * <p>Coordinates come from {@link org.backproplab.sim.HiddenProjection}. Depends on
 * {@code engine}, {@code data}, {@code sim}, JavaFX and the shared {@code ui.views} pieces; not
 * on {@code ui}, {@code io} or {@code cli}.
 */
package org.backproplab.ui.hiddenspace;
