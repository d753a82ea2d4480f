/**
 * Views of Rosenblatt's perceptron rule as lecture 003 writes it: the misclassified training
 * samples of every epoch as a chart beside the loss chart. Renders snapshots only; depends on
 * sim/ and the shared view helpers, not on the view-model.
 */
package org.backproplab.ui.perceptron;
