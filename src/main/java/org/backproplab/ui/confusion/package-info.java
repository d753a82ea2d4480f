/**
 * The confusion matrices of a class problem, training and test set side by side, from the
 * snapshot's weights and labelled with the class names; clicking a cell picks out its samples
 * (a {@link org.backproplab.ui.views.SampleHighlight} for the data view) and, for image data
 * such as the digits, shows their pictures.
 *
 * <p>Counts come from {@link org.backproplab.sim.ConfusionMatrix}. Depends on {@code engine},
 * {@code data}, {@code sim}, JavaFX and the shared {@code ui.views} pieces; not on {@code ui},
 * {@code io} or {@code cli}.
 */
package org.backproplab.ui.confusion;
