/**
 * The graph view: a graph lab (or one unit of the network, as its scalar graph) drawn left to
 * right in topological order with values on the nodes and local derivatives on the edges,
 * stepped forward one node at a time and backward one node at a time, with the sum over paths
 * for the clicked node. Reads {@link org.backproplab.engine.graph.GraphTrace} snapshots only;
 * no maths of its own.
 */
package org.backproplab.ui.graphlab;
